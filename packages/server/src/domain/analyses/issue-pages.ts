// The dashboard's issues list: an analysis's findings in keyset pages, with their issues' resolutions and facets.
import { and, asc, count, eq, gt, notExists, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema, type Executor } from '../../store/index.js';
import { Invalid } from '../errors.js';
import { filterOf, kindOf, totalFromIndex, type FindingFilter, type Index } from './indices.js';

const { findings, issues, users, gateResults } = schema;
const reference = alias(findings, 'reference_findings');

/** The filters of the issues list: those of every surface, and "new only" as the quality gate counts new code. */
export type IssueListFilter = Omit<FindingFilter, 'onlyNew' | 'filename' | 'labels'> & { newOnly?: boolean };

/** One issue of the list: its finding in the analysis, its kind, and who resolved it, why and when. */
export interface ListedIssue {
  findingId: number;
  issueUuid: string | null;
  filename: string;
  line: number;
  lineEnd: number;
  column: number;
  description: string;
  help: string | null;
  status: string;
  rule: string;
  tool: string;
  severity: string;
  category: string;
  language: string | null;
  resolution: { reason: string | null; by: string | null; at: Date | null } | null;
}

export interface IssuePage {
  issues: ListedIssue[];
  /** The cursor of the next page; null after the last. */
  next: string | null;
}

const CURSOR = /^[0-9]{1,15}$/;

/**
 * What "new" means for the analysis, as its gate counted it: findings whose fingerprint its reference (the baseline,
 * or a pull request's base) lacks. A baseline has none; an analysis without a reference, or without a verdict, is all
 * new but for what the tracker found in the analysis before it.
 */
async function newCondition(db: Executor, index: Index): Promise<SQL> {
  const [verdict] = await db
    .select({ isBaseline: gateResults.isBaselineScan, measures: gateResults.measures })
    .from(gateResults)
    .where(eq(gateResults.analysisId, index.analysisId));
  if (!verdict) return eq(findings.isNew, true);
  const referenceId = verdict.isBaseline ? index.analysisId : verdict.measures.referenceAnalysisId;
  if (referenceId === null) return eq(findings.analysisId, index.analysisId);
  // A baseline is its own reference: nothing of it is new, and no finding need be compared to know it.
  if (referenceId === index.analysisId) return eq(findings.id, -1);
  return notExists(
    db
      .select({ id: reference.id })
      .from(reference)
      .where(and(eq(reference.analysisId, referenceId), eq(reference.fingerprint, findings.fingerprint))),
  );
}

async function whereOf(db: Executor, index: Index, filter: IssueListFilter): Promise<SQL> {
  const { newOnly, ...rest } = filter;
  return and(filterOf(index, rest), newOnly ? await newCondition(db, index) : undefined)!;
}

/**
 * One page of the analysis's issues in stored order (by file and place), after the cursor: one statement, along
 * `findings_analysis_idx` (or the status and path indices), whatever the page's depth.
 */
export async function pageOfIssues(
  db: Executor,
  index: Index,
  filter: IssueListFilter,
  page: { after?: string | null; first: number },
): Promise<IssuePage> {
  if (page.after != null && !CURSOR.test(page.after))
    throw new Invalid('after', `expected the cursor of a page (digits), got "${page.after.slice(0, 40)}"`);
  if (!Number.isInteger(page.first) || page.first < 1 || page.first > 500)
    throw new Invalid('first', `expected 1 to 500 issues per page, got ${page.first}`);
  const where = await whereOf(db, index, filter);
  // The page's ids first, along the index in id order and cut at the limit; only then their issues and users (joined
  // before the limit, the planner sorted every match of a deep page).
  const ids = db
    .select({ id: findings.id })
    .from(findings)
    .where(and(where, page.after != null ? gt(findings.id, Number(page.after)) : undefined))
    .orderBy(asc(findings.id))
    .limit(page.first + 1)
    .as('page_ids');
  const rows = await db
    .select({
      finding: findings,
      issueUuid: issues.uuid,
      reason: issues.resolutionReason,
      at: issues.resolvedAt,
      by: users.displayName,
    })
    .from(ids)
    .innerJoin(findings, eq(findings.id, ids.id))
    .leftJoin(issues, eq(issues.id, findings.issueId))
    .leftJoin(users, eq(users.id, issues.resolvedByUserId))
    .orderBy(asc(findings.id));
  const listed = rows.slice(0, page.first).map(({ finding, issueUuid, reason, at, by }): ListedIssue => {
    const { rule, tool, severity, category, language } = kindOf(index, finding.kind);
    const resolved = finding.status === 'false_positive' || finding.status === 'ignored';
    return {
      findingId: finding.id,
      issueUuid,
      filename: finding.filename,
      line: finding.line,
      lineEnd: finding.lineEnd,
      column: finding.column,
      description: finding.description,
      help: finding.help,
      status: finding.status,
      ...{ rule, tool, severity, category, language },
      resolution: resolved ? { reason, by, at } : null,
    };
  });
  const last = listed.at(-1);
  return { issues: listed, next: rows.length > page.first && last ? String(last.findingId) : null };
}

/** How many of the analysis's issues the filter keeps (from the index's own counts when they say). */
export async function countIssues(db: Executor, index: Index, filter: IssueListFilter): Promise<number> {
  const known = filter.newOnly ? undefined : totalFromIndex(index, filter);
  if (known !== undefined) return known;
  const [row] = await db
    .select({ total: count() })
    .from(findings)
    .where(await whereOf(db, index, filter));
  return row?.total ?? 0;
}

/** How many of the analysis's issues have each severity, category, language, rule and status: one grouped count. */
export interface IssueFacets {
  severity: Map<string, number>;
  category: Map<string, number>;
  language: Map<string, number>;
  rule: Map<string, number>;
  status: Map<string, number>;
}

export async function issueFacets(db: Executor, index: Index): Promise<IssueFacets> {
  const rows = await db
    .select({ kind: findings.kind, status: findings.status, total: count() })
    .from(findings)
    .where(eq(findings.analysisId, index.analysisId))
    .groupBy(findings.kind, findings.status);
  const facets: IssueFacets = {
    severity: new Map(),
    category: new Map(),
    language: new Map(),
    rule: new Map(),
    status: new Map(),
  };
  const add = (facet: Map<string, number>, value: string | null, total: number) => {
    if (value !== null) facet.set(value, (facet.get(value) ?? 0) + total);
  };
  for (const { kind, status, total } of rows) {
    const { severity, category, language, rule } = kindOf(index, kind);
    add(facets.severity, severity, total);
    add(facets.category, category, total);
    add(facets.language, language, total);
    add(facets.rule, rule, total);
    add(facets.status, status === 'reopened' ? 'open' : status, total);
  }
  return facets;
}
