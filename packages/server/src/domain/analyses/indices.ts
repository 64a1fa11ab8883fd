import { and, asc, between, count, desc, eq, getTableColumns, inArray, max, min, type SQL } from 'drizzle-orm';
import { schema, startsWith, type Executor, type FindingKind } from '../../store/index.js';
import { NotFound } from '../errors.js';
import type { Page } from '../paging.js';
import type { Project } from '../projects/index.js';

const { indices, findings, issues, analyses, analysisCoverage } = schema;

/** An index, with its analysis's line coverage (0 to 1) when a report was stored (Scrutinizer's `test_coverage`). */
export type Index = typeof indices.$inferSelect & { testCoverage: number | null };

/** The columns an index is read with: its own, and its analysis's coverage totals (left joined). */
const INDEX_COLUMNS = { index: indices, lines: analysisCoverage.lines, coveredLines: analysisCoverage.coveredLines };
const coverageJoin = eq(analysisCoverage.analysisId, indices.analysisId);

function withCoverage(row: { index: typeof indices.$inferSelect; lines: number | null; coveredLines: number | null }) {
  const { index, lines, coveredLines } = row;
  return { ...index, testCoverage: lines ? (coveredLines ?? 0) / lines : null };
}

/** A stored finding with what its kind holds (rule, tool, severity, category, language, labels) and its issue. */
export type StoredFinding = typeof findings.$inferSelect &
  FindingKind & { issueUuid: string | null; issueStatus: string | null };

/** The kind at a finding's position in its index's list. */
export function kindOf(index: Pick<Index, 'findingKinds'>, position: number): FindingKind {
  const kind = index.findingKinds[position];
  if (!kind) throw new Error(`finding kind ${position} is not in its index's list`);
  return kind;
}

/** An index of the project by its numeric id, or the latest one of a revision (a full or abbreviated sha). */
export async function findIndex(db: Executor, project: Project, idOrRevision: string): Promise<Index> {
  const byId = /^[0-9]{1,15}$/.test(idOrRevision);
  const revision = /^[0-9a-f]{7,64}$/i.test(idOrRevision) ? idOrRevision.toLowerCase() : undefined;
  if (byId) {
    const [row] = await db
      .select(INDEX_COLUMNS)
      .from(indices)
      .leftJoin(analysisCoverage, coverageJoin)
      .where(and(eq(indices.projectId, project.id), eq(indices.id, Number(idOrRevision))));
    if (row) return withCoverage(row);
  }
  if (revision) {
    const where = revision.length >= 40 ? eq(indices.revision, revision) : startsWith(indices.revision, revision);
    const [row] = await db
      .select(INDEX_COLUMNS)
      .from(indices)
      .leftJoin(analysisCoverage, coverageJoin)
      .where(and(eq(indices.projectId, project.id), where))
      .orderBy(desc(indices.id))
      .limit(1);
    if (row) return withCoverage(row);
  }
  throw new NotFound('index');
}

export async function indexOfAnalysis(db: Executor, analysisId: number): Promise<Index | undefined> {
  const [row] = await db
    .select(INDEX_COLUMNS)
    .from(indices)
    .leftJoin(analysisCoverage, coverageJoin)
    .where(eq(indices.analysisId, analysisId));
  return row && withCoverage(row);
}

/**
 * An analysis's index without its tree (every file and directory: megabytes on a large repository), for the readers
 * of its findings; its `tree` is empty.
 */
export async function indexOfAnalysisWithoutTree(db: Executor, analysisId: number): Promise<Index | undefined> {
  const { tree: _tree, ...columns } = getTableColumns(indices);
  const [row] = await db
    .select({ index: columns, lines: analysisCoverage.lines, coveredLines: analysisCoverage.coveredLines })
    .from(indices)
    .leftJoin(analysisCoverage, coverageJoin)
    .where(eq(indices.analysisId, analysisId));
  return row && withCoverage({ ...row, index: { ...row.index, tree: [] } });
}

export async function indicesOfAnalyses(db: Executor, analysisIds: readonly number[]): Promise<Map<number, Index>> {
  if (analysisIds.length === 0) return new Map();
  const rows = await db
    .select(INDEX_COLUMNS)
    .from(indices)
    .leftJoin(analysisCoverage, coverageJoin)
    .where(inArray(indices.analysisId, [...analysisIds]));
  return new Map(rows.map((row) => [row.index.analysisId, withCoverage(row)]));
}

/** Each branch's latest index, with the analysis behind it (Scrutinizer's repository `applications`). */
export async function latestIndexPerBranch(
  db: Executor,
  project: Project,
): Promise<{ branch: string; index: Index; analysis: typeof analyses.$inferSelect }[]> {
  const rows = await db
    .selectDistinctOn([indices.branch], { ...INDEX_COLUMNS, analysis: analyses })
    .from(indices)
    .innerJoin(analyses, eq(analyses.id, indices.analysisId))
    .leftJoin(analysisCoverage, coverageJoin)
    .where(and(eq(indices.projectId, project.id)))
    .orderBy(asc(indices.branch), desc(indices.id));
  return rows.flatMap((row) =>
    row.index.branch === null ? [] : [{ branch: row.index.branch, index: withCoverage(row), analysis: row.analysis }],
  );
}

/** The filters the surfaces offer on an index's findings; each list matches any of its values. */
export interface FindingFilter {
  severities?: readonly string[];
  labels?: readonly string[];
  languages?: readonly string[];
  categories?: readonly string[];
  rules?: readonly string[];
  pathPrefix?: string;
  /** One file, by its whole path. */
  filename?: string;
  statuses?: readonly string[];
  onlyNew?: boolean;
}

export function filterOf(index: Index, filter: FindingFilter): SQL {
  const anyOf = <T>(values: readonly T[] | undefined, build: (values: T[]) => SQL) =>
    values && values.length > 0 ? build([...values]) : undefined;
  const kinds = kindsMatching(index.findingKinds, filter);
  return and(
    eq(findings.analysisId, index.analysisId),
    kinds === undefined ? undefined : inArray(findings.kind, kinds.length > 0 ? kinds : [-1]),
    anyOf(filter.statuses, (values) => inArray(findings.status, values as (typeof schema.ISSUE_STATUSES)[number][])),
    filter.pathPrefix ? startsWith(findings.filename, filter.pathPrefix) : undefined,
    filter.filename !== undefined ? eq(findings.filename, filter.filename) : undefined,
    filter.onlyNew ? eq(findings.isNew, true) : undefined,
  )!;
}

/**
 * The kinds (positions in the index's list) whose findings the severity, language, category, rule and label
 * filters keep, or undefined when none of these filters is set.
 */
export function kindsMatching(kinds: readonly FindingKind[], filter: FindingFilter): number[] | undefined {
  const tests: ((kind: FindingKind) => boolean)[] = [];
  const oneOf = (values: readonly string[] | undefined, test: (kind: FindingKind, values: Set<string>) => boolean) => {
    if (!values || values.length === 0) return;
    const set = new Set(values);
    tests.push((kind) => test(kind, set));
  };
  oneOf(filter.severities, (kind, values) => values.has(kind.severity));
  oneOf(filter.languages, (kind, values) => kind.language !== null && values.has(kind.language));
  oneOf(filter.categories, (kind, values) => values.has(kind.category));
  oneOf(filter.rules, (kind, values) => values.has(kind.rule));
  oneOf(filter.labels, (kind, values) => kind.labels.some((label) => values.has(label)));
  if (tests.length === 0) return undefined;
  return kinds.flatMap((kind, position) => (tests.every((test) => test(kind)) ? [position] : []));
}

/** The statuses of a finding reported, not resolved by a user: the findings an index's `nbIssues` counts. */
export const REPORTED_STATUSES = schema.ISSUE_STATUSES.filter(
  (status) => status !== 'ignored' && status !== 'false_positive',
);

/**
 * How many findings the filter keeps, when the index's own counts say: every finding (no filter), or every reported
 * one (a filter on exactly the reported statuses); else undefined, and the findings are counted.
 */
export function totalFromIndex(index: Index, filter: FindingFilter): number | undefined {
  const { statuses, ...rest } = filter;
  if (!isEmptyFilter(rest)) return undefined;
  if (!statuses || statuses.length === 0) return index.nbIssues + index.nbIgnoredIssues;
  const wanted = new Set(statuses);
  const reported = wanted.size === REPORTED_STATUSES.length && REPORTED_STATUSES.every((status) => wanted.has(status));
  return reported ? index.nbIssues : undefined;
}

/** Whether the filter keeps every finding of the index. */
export function isEmptyFilter(filter: FindingFilter): boolean {
  const lists = [filter.severities, filter.labels, filter.languages, filter.categories, filter.rules, filter.statuses];
  return (
    lists.every((values) => !values || values.length === 0) &&
    !filter.pathPrefix &&
    filter.filename === undefined &&
    !filter.onlyNew
  );
}

/**
 * One page of an index's findings in a stable order (as stored: by file and place), with their issues.
 *
 * The total comes first: from the index's own counts when nothing is filtered, else a count of the findings alone
 * (each carries its issue's status). Then the page's ids, from the nearer end of the order: a page
 * past the middle is read backwards, so the last page costs what the first does. Then the page's rows by id.
 */
export async function listIndexFindings(
  db: Executor,
  index: Index,
  filter: FindingFilter,
  page: { limit: number; offset: number },
): Promise<Page<StoredFinding>> {
  const where = filterOf(index, filter);
  let total = totalFromIndex(index, filter);
  if (total === undefined) {
    const [row] = await db.select({ total: count() }).from(findings).where(where);
    total = row?.total ?? 0;
  }
  const limit = Math.max(0, Math.min(page.limit, total - page.offset));
  if (limit === 0) return { items: [], total };
  const backwards = page.offset + limit / 2 > total / 2;
  // The analysis's own id range: a page read in id order along the primary key then starts at the analysis's first
  // finding, not at the table's (with other analyses' rows before it, 100 ms a page at 600,000 rows).
  const [range] = await db
    .select({ first: min(findings.id), last: max(findings.id) })
    .from(findings)
    .where(eq(findings.analysisId, index.analysisId));
  const ids = db
    .select({ id: findings.id })
    .from(findings)
    .where(and(where, between(findings.id, range?.first ?? 0, range?.last ?? 0)));
  const pageIds = (
    await ids
      .orderBy(backwards ? desc(findings.id) : asc(findings.id))
      .limit(limit)
      .offset(backwards ? total - page.offset - limit : page.offset)
  ).map((row) => row.id);
  // Read backwards, the page's ids come last first.
  if (backwards) pageIds.reverse();
  return { items: await findingsByIds(db, index, pageIds), total };
}

/** Findings of the index by id, with their kinds and issues, in the order of `ids`. */
export async function findingsByIds(db: Executor, index: Index, ids: readonly number[]): Promise<StoredFinding[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ finding: findings, issueUuid: issues.uuid })
    .from(findings)
    .leftJoin(issues, eq(issues.id, findings.issueId))
    .where(inArray(findings.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.finding.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const { finding, issueUuid } = row;
    return [{ ...finding, ...kindOf(index, finding.kind), issueUuid, issueStatus: finding.status }];
  });
}
