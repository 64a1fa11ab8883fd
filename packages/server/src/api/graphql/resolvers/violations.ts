import { codigaSeverity, type Severity } from '@plumb/engine';
import {
  countIndexFindings,
  indexOfAnalysis,
  indexOfAnalysisWithoutTree,
  pageOfIndexFindings,
  REPORTED_STATUSES,
  type FindingFilter,
  type FindingOrder,
  type Index,
  type StoredFinding,
} from '../../../domain/analyses/index.js';
import { Invalid } from '../../../domain/errors.js';
import { pageOf } from '../paging.js';
import { ruleUrl } from '../rule-url.js';
import type { AnalysisParent } from './analyses.js';
import type { CodigaContext, Resolvers } from './types.js';

/** The filters of `Analysis.violations` and `violationsCount`: the seed's and Codiga's schema's spellings alike. */
export interface ViolationArgs {
  status?: string[] | null;
  languages?: string[] | null;
  filename?: string | null;
  path?: string | null;
  category?: string[] | null;
  categories?: string[] | null;
  severity?: number[] | null;
  severities?: number[] | null;
  rule?: string | null;
  orderBy?: 'Category' | 'Filename' | 'Severity' | null;
  desc?: boolean | null;
}

/** Plumb's severities behind each of Codiga's numbers (3 holds both moderate and low). */
const SEVERITIES_OF: Record<number, Severity[]> = {
  1: ['critical'],
  2: ['high'],
  3: ['moderate', 'low'],
  4: ['info'],
};

/**
 * Codiga's `status` of a violation: `Done` for one reported, `Ignore` for one ignored or marked false positive; the
 * other statuses (of analyses) keep none.
 */
const FINDING_STATUSES_OF: Record<string, readonly string[]> = {
  Done: REPORTED_STATUSES,
  Ignore: ['ignored', 'false_positive'],
};

/** What a violation list keeps when its `status` is not given: what is reported, not what was ignored. */
const REPORTED = FINDING_STATUSES_OF.Done!;

function severitiesOf(values: readonly number[]): Severity[] {
  return values.flatMap((value) => {
    const severities = SEVERITIES_OF[value];
    if (!severities)
      throw new Invalid('severity', `expected Codiga severities from 1 (critical) to 4 (info), got ${value}`);
    return severities;
  });
}

/** Both spellings of a filter, joined: a violation matching either is kept. */
const both = <T>(a: readonly T[] | null | undefined, b: readonly T[] | null | undefined): T[] | undefined =>
  a || b ? [...(a ?? []), ...(b ?? [])] : undefined;

export function findingFilter(args: ViolationArgs): FindingFilter {
  const categories = both(args.category, args.categories);
  const severities = both(args.severity, args.severities);
  return {
    statuses: args.status ? [...new Set(args.status.flatMap((status) => FINDING_STATUSES_OF[status] ?? []))] : REPORTED,
    ...(args.languages ? { languages: args.languages } : {}),
    ...(categories ? { categories } : {}),
    ...(severities ? { severities: severitiesOf(severities) } : {}),
    ...(args.rule != null ? { rules: [args.rule] } : {}),
    ...(args.path != null ? { pathPrefix: args.path } : {}),
    ...(args.filename != null ? { filename: args.filename } : {}),
  };
}

const ORDERS: Record<string, FindingOrder['by']> = { Category: 'category', Filename: 'filename', Severity: 'severity' };

/** What Codiga's Violation reads of a finding, stored or compared. */
type ViolationFacts = Pick<
  StoredFinding,
  'filename' | 'line' | 'lineEnd' | 'description' | 'severity' | 'category' | 'language' | 'tool' | 'rule' | 'codeHash'
> & { fingerprint: string };

/** Codiga's Violation of a stored finding. */
export const violationView = (finding: ViolationFacts) => ({
  filename: finding.filename,
  line: finding.line,
  description: finding.description,
  severity: codigaSeverity(finding.severity as Severity),
  category: finding.category,
  lineCount: finding.lineEnd - finding.line + 1,
  language: finding.language,
  tool: finding.tool,
  rule: finding.rule,
  ruleUrl: ruleUrl(finding.tool, finding.rule),
  codeHash: finding.codeHash,
  uniqueIdentifier: finding.fingerprint,
});

type IndexCache = Map<string, Promise<Index | undefined>>;
const indexes = new WeakMap<CodigaContext, IndexCache>();

/**
 * The analysis's index with its finding kinds, and with its tree when asked (megabytes on a large repository), read
 * once per request however many fields need it.
 */
export function indexOf(
  parent: AnalysisParent,
  context: CodigaContext,
  { withTree = false } = {},
): Promise<Index | undefined> {
  if (!parent.index) return Promise.resolve(undefined);
  const cache: IndexCache = indexes.get(context) ?? new Map();
  indexes.set(context, cache);
  const id = parent.analysis.id;
  const key = `${id}:${withTree}`;
  if (!cache.has(key))
    cache.set(key, withTree ? indexOfAnalysis(context.db, id) : indexOfAnalysisWithoutTree(context.db, id));
  return cache.get(key)!;
}

/** An analysis's violations, filtered, ordered and paged, and how many match. */
export const violationResolvers: Resolvers = {
  Analysis: {
    violations: async (
      parent: AnalysisParent,
      args: ViolationArgs & { howmany: number; skip: number },
      context: CodigaContext,
    ) => {
      const page = pageOf(args);
      const filter = findingFilter(args);
      const index = await indexOf(parent, context);
      if (!index || filter.statuses?.length === 0) return [];
      const order: FindingOrder = {
        by: args.orderBy ? ORDERS[args.orderBy]! : 'place',
        descending: args.desc ?? false,
      };
      return (await pageOfIndexFindings(context.db, index, filter, page, order)).map(violationView);
    },
    violationsCount: async (parent: AnalysisParent, args: ViolationArgs, context: CodigaContext) => {
      const filter = findingFilter(args);
      const index = await indexOf(parent, context);
      return index && filter.statuses?.length !== 0 ? countIndexFindings(context.db, index, filter) : 0;
    },
  },
};
