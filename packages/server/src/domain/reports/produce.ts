import { and, count, desc, eq, inArray, isNull, ne, notInArray, or } from 'drizzle-orm';
import {
  schema,
  type Executor,
  type ReportCommit,
  type ReportContributor,
  type ReportFigures,
} from '../../store/index.js';
import { indicesOfAnalyses, type Index } from '../analyses/index.js';
import type { Project } from '../projects/index.js';
import type { ReportWindow } from './window.js';

const { analyses, findings, issues, reports } = schema;

/** A commit of the window with its line counts, as the repository's history gives it. */
export interface HistoryCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
  title: string;
  additions: number;
  deletions: number;
}

/** The repository's git history, read by the caller (jobs/ and the API read the mirror; the domain runs no git). */
export interface ReportHistory {
  /** Commits of the branch committed in [start, end), newest first. */
  commitsInWindow(branch: string, start: Date, end: Date): Promise<HistoryCommit[]>;
  /** When each of these revisions was committed; one the history lacks is left out. */
  commitTimes(revisions: readonly string[]): Promise<Map<string, Date>>;
}

export type StoredReport = typeof reports.$inferSelect;

const LARGEST_COMMITS = 5;
const TOP_CONTRIBUTORS = 10;
/** How far back analyses are looked at for the window's base and head. */
const ANALYSES_CONSIDERED = 1000;
const RESOLVED_STATUSES = ['false_positive', 'ignored'] as const;

interface AnalysisPoint {
  id: number;
  revision: string;
  engineVersion: string | null;
  finishedAt: Date | null;
}

/**
 * The latest completed analyses of the branch committed before the window's start (base) and before its end (head):
 * an analysis stands for its revision, so it is placed in time by that revision's commit date (by when it finished
 * when the history lacks the revision, as for results uploaded without a mirror).
 */
async function baseAndHead(db: Executor, project: Project, window: ReportWindow, history: ReportHistory) {
  const rows = await db
    .select({
      id: analyses.id,
      revision: analyses.revision,
      engineVersion: analyses.engineVersion,
      finishedAt: analyses.finishedAt,
    })
    .from(analyses)
    .where(
      and(
        eq(analyses.projectId, project.id),
        eq(analyses.branch, project.defaultBranch),
        eq(analyses.state, 'completed'),
        ne(analyses.kind, 'pull_request'),
      ),
    )
    .orderBy(desc(analyses.finishedAt), desc(analyses.id))
    .limit(ANALYSES_CONSIDERED);
  const points = rows.filter((row): row is AnalysisPoint => row.revision !== null);
  const times = await history.commitTimes(points.map((point) => point.revision));
  const latestBefore = (instant: Date) =>
    points.find((point) => (times.get(point.revision) ?? point.finishedAt ?? instant).getTime() < instant.getTime());
  return { base: latestBefore(window.start), head: latestBefore(window.end) };
}

/** Open issues of severity critical in an analysis (Scrutinizer's alerts); resolved ones are not counted. */
async function countAlerts(db: Executor, index: Index): Promise<number> {
  const critical = index.findingKinds.flatMap((kind, position) => (kind.severity === 'critical' ? [position] : []));
  if (critical.length === 0) return 0;
  const [row] = await db
    .select({ count: count() })
    .from(findings)
    .leftJoin(issues, eq(issues.id, findings.issueId))
    .where(
      and(
        eq(findings.analysisId, index.analysisId),
        inArray(findings.kind, critical),
        or(isNull(issues.status), notInArray(issues.status, [...RESOLVED_STATUSES])),
      ),
    );
  return row?.count ?? 0;
}

interface QualityFacts {
  score: number;
  weights: Record<string, number>;
  nbIssues: number;
  nbAlerts: number;
  testCoverage: number | null;
}

async function qualityFacts(db: Executor, index: Index | undefined): Promise<QualityFacts | undefined> {
  if (!index) return undefined;
  const quality = (index.quality ?? {}) as { score?: number; weights?: Record<string, number> };
  return {
    score: quality.score ?? 0,
    weights: { ...quality.weights },
    nbIssues: index.nbIssues,
    nbAlerts: await countAlerts(db, index),
    testCoverage: index.testCoverage,
  };
}

const change = (head: number | null | undefined, base: number | null | undefined): number | null =>
  head === null || head === undefined || base === null || base === undefined ? null : head - base;

/** The largest commits by lines changed, then the authors with most commits (ties: most lines changed). */
export function commitFigures(commits: readonly HistoryCommit[]) {
  const size = (commit: { additions: number; deletions: number }) => commit.additions + commit.deletions;
  const largestCommits: ReportCommit[] = [...commits]
    .sort((a, b) => size(b) - size(a))
    .slice(0, LARGEST_COMMITS)
    .map((commit) => ({
      author: { name: commit.authorName, email: commit.authorEmail },
      title: commit.title,
      ref: commit.sha,
    }));
  const byAuthor = new Map<string, ReportContributor>();
  for (const commit of commits) {
    const key = commit.authorEmail.toLowerCase();
    const contributor = byAuthor.get(key) ?? {
      name: commit.authorName,
      email: commit.authorEmail,
      nbCommits: 0,
      nbAdditions: 0,
      nbDeletions: 0,
    };
    contributor.nbCommits += 1;
    contributor.nbAdditions += commit.additions;
    contributor.nbDeletions += commit.deletions;
    byAuthor.set(key, contributor);
  }
  const topContributors = [...byAuthor.values()]
    .sort(
      (a, b) =>
        b.nbCommits - a.nbCommits ||
        size({ additions: b.nbAdditions, deletions: b.nbDeletions }) -
          size({ additions: a.nbAdditions, deletions: a.nbDeletions }),
    )
    .slice(0, TOP_CONTRIBUTORS);
  return {
    nbCommits: commits.length,
    nbAdditions: commits.reduce((sum, commit) => sum + commit.additions, 0),
    nbDeletions: commits.reduce((sum, commit) => sum + commit.deletions, 0),
    largestCommits,
    topContributors,
  };
}

/**
 * Produces the report of a repository's tracked (default) branch over a window and stores it, replacing a report of
 * the same date: the quality of the window's head analysis against its base, and the branch's commits in the window.
 */
export async function produceReport(
  db: Executor,
  project: Project,
  window: ReportWindow,
  history: ReportHistory,
): Promise<StoredReport> {
  const { base, head } = await baseAndHead(db, project, window, history);
  const indices = await indicesOfAnalyses(
    db,
    [base?.id, head?.id].filter((id): id is number => id !== undefined),
  );
  const before = await qualityFacts(db, base && indices.get(base.id));
  const after = await qualityFacts(db, head && indices.get(head.id));
  const commits = await history.commitsInWindow(project.defaultBranch, window.start, window.end);
  const figures: ReportFigures = {
    qualityScore: after?.score ?? null,
    qualityScoreChange: change(after?.score, before?.score),
    weights: after?.weights ?? null,
    nbIssues: after?.nbIssues ?? null,
    nbIssuesChange: change(after?.nbIssues, before?.nbIssues),
    nbAlerts: after?.nbAlerts ?? null,
    nbAlertsChange: change(after?.nbAlerts, before?.nbAlerts),
    testCoverage: after?.testCoverage ?? null,
    testCoverageChange: change(after?.testCoverage, before?.testCoverage),
    ...commitFigures(commits),
    algorithmChanged: base !== undefined && head !== undefined && base.engineVersion !== head.engineVersion,
  };
  const values = {
    projectId: project.id,
    date: window.date,
    startDate: window.start,
    endDate: window.end,
    branch: project.defaultBranch,
    baseRevision: base?.revision ?? null,
    headRevision: head?.revision ?? null,
    figures,
  };
  const [stored] = await db
    .insert(reports)
    .values(values)
    .onConflictDoUpdate({ target: [reports.projectId, reports.date], set: { ...values, createdAt: new Date() } })
    .returning();
  return stored!;
}
