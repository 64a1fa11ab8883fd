import { ruleCatalog, rulesOf, type RuleMeta } from '@plumb/engine';
import { organizationAccess } from '../../../domain/access/index.js';
import {
  countIssues,
  findReadableAnalyses,
  indexOfAnalysisWithoutTree,
  issueFacets,
  pageOfIssues,
  resolveOrganizationIssue,
  type Index,
  type IssueListFilter,
  type IssueResolution,
  type ListedIssue,
} from '../../../domain/analyses/index.js';
import { Invalid, NotFound } from '../../../domain/errors.js';
import { requireOneOf } from '../../../domain/validate.js';
import { ruleUrl } from '../rule-url.js';
import type { CodigaContext, Resolvers } from './types.js';

interface IssueFilterArgs {
  severities?: string[] | null;
  categories?: string[] | null;
  languages?: string[] | null;
  rules?: string[] | null;
  path?: string | null;
  statuses?: string[] | null;
  newOnly?: boolean | null;
}

const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'];
/** The statuses the list filters on; "open" holds the reopened too. */
const STATUSES_OF: Record<string, string[]> = {
  open: ['open', 'reopened'],
  ignored: ['ignored'],
  false_positive: ['false_positive'],
};

function issueFilter(args: IssueFilterArgs | null | undefined): IssueListFilter {
  const filter: IssueListFilter = {};
  if (!args) return filter;
  for (const severity of args.severities ?? [])
    if (!SEVERITIES.includes(severity))
      throw new Invalid('filter.severities', `expected ${SEVERITIES.join(', ')}, got "${severity.slice(0, 40)}"`);
  for (const status of args.statuses ?? [])
    if (!STATUSES_OF[status])
      throw new Invalid('filter.statuses', `expected open, ignored or false_positive, got "${status.slice(0, 40)}"`);
  if (args.severities?.length) filter.severities = args.severities;
  if (args.categories?.length) filter.categories = args.categories;
  if (args.languages?.length) filter.languages = args.languages;
  if (args.rules?.length) filter.rules = args.rules;
  if (args.path) filter.pathPrefix = args.path;
  if (args.statuses?.length) filter.statuses = args.statuses.flatMap((status) => STATUSES_OF[status]!);
  if (args.newOnly) filter.newOnly = true;
  return filter;
}

const issueView = (issue: ListedIssue) => ({
  id: issue.findingId,
  issueId: issue.issueUuid,
  filename: issue.filename,
  line: issue.line,
  lineEnd: issue.lineEnd,
  column: issue.column,
  message: issue.description,
  help: issue.help,
  status: issue.status,
  rule: issue.rule,
  tool: issue.tool,
  severity: issue.severity,
  category: issue.category,
  language: issue.language,
  ruleUrl: ruleUrl(issue.tool, issue.rule),
  resolution: issue.resolution && { ...issue.resolution, at: issue.resolution.at?.toISOString() ?? null },
});

/** What the fields of PlumbIssuePage read: the page is read at once, its total and facets only when asked. */
interface IssuePageParent {
  analysisId: number;
  index: Index;
  filter: IssueListFilter;
  issues: ReturnType<typeof issueView>[];
  next: string | null;
}

const facetList = (counts: Map<string, number>) =>
  [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count);

let rulesByKey: Map<string, RuleMeta> | undefined;

/** The bundled linters that describe a rule from one of its messages (Ruff lists no catalog of its own). */
const DESCRIBED_BY_MESSAGE = new Set(['ruff', 'oxlint']);

/** A rule of the catalog, else one a bundled linter describes from a finding's message; undefined when unknown. */
function catalogRule(tool: string, id: string, message: string | null | undefined): RuleMeta | undefined {
  rulesByKey ??= new Map(ruleCatalog().map((meta) => [`${meta.tool}\u0000${meta.id}`, meta]));
  const listed = rulesByKey.get(`${tool}\u0000${id}`);
  if (listed || !message || !DESCRIBED_BY_MESSAGE.has(tool)) return listed;
  const finding = {
    tool,
    rule: id,
    description: message,
    category: 'Unknown',
    severity: 'info',
    remediationMinutes: 0,
  };
  return rulesOf([finding as Parameters<typeof rulesOf>[0][number]])[0];
}

/** Plumb's extensions for the dashboard's issues page (sdl-plumb-issues.ts). */
export const dashboardIssueResolvers: Resolvers = {
  Query: {
    plumbIssues: async (
      _parent,
      args: { analysisId: number; filter?: IssueFilterArgs | null; after?: string | null; first?: number | null },
      { db, caller }: CodigaContext,
    ): Promise<IssuePageParent> => {
      const found = (await findReadableAnalyses(db, caller, [args.analysisId])).get(args.analysisId);
      if (!found) throw new NotFound('analysis');
      const index = await indexOfAnalysisWithoutTree(db, args.analysisId);
      if (!index) throw new Invalid('analysisId', `expected a completed analysis, but it is ${found.analysis.state}`);
      const filter = issueFilter(args.filter);
      const page = await pageOfIssues(db, index, filter, { after: args.after ?? null, first: args.first ?? 100 });
      return { analysisId: args.analysisId, index, filter, issues: page.issues.map(issueView), next: page.next };
    },
    plumbRule: (_parent, args: { tool: string; id: string; message?: string | null }) => {
      const meta = catalogRule(args.tool, args.id, args.message);
      if (!meta) return null;
      return {
        id: meta.id,
        tool: meta.tool,
        language: meta.language,
        category: meta.category,
        severity: meta.severity,
        remediationMinutes: meta.remediationMinutes,
        whatItFinds: meta.docs.whatItFinds,
        whyItMatters: meta.docs.whyItMatters,
        exampleBad: meta.docs.example.bad,
        exampleGood: meta.docs.example.good,
        url: ruleUrl(meta.tool, meta.id),
      };
    },
  },
  PlumbIssuePage: {
    total: ({ index, filter }: IssuePageParent, _args, { db }: CodigaContext) => countIssues(db, index, filter),
    facets: async ({ index }: IssuePageParent, _args, { db }: CodigaContext) => {
      const facets = await issueFacets(db, index);
      return {
        severities: facetList(facets.severity),
        categories: facetList(facets.category),
        languages: facetList(facets.language),
        rules: facetList(facets.rule),
        statuses: facetList(facets.status),
      };
    },
  },
  Mutation: {
    plumbResolveIssue: async (
      _parent,
      args: { organization: string; issueId: string; status: string; reason?: string | null },
      { db, caller }: CodigaContext,
    ) => {
      const access = await organizationAccess(db, caller.principal, args.organization);
      const status = requireOneOf<IssueResolution>('status', args.status, ['false_positive', 'ignored', 'open']);
      const issue = await resolveOrganizationIssue(
        db,
        access,
        { issueUuid: args.issueId },
        { status, reason: args.reason ?? undefined },
      );
      return {
        issueId: issue.uuid,
        status: issue.status,
        resolution:
          issue.status === 'open'
            ? null
            : { reason: issue.resolutionReason, by: caller.user.displayName, at: issue.resolvedAt?.toISOString() },
      };
    },
  },
};
