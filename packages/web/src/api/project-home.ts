import { graphql } from './graphql.js';
import type { ProjectSummary } from './projects.js';

/** A condition of the quality gate that did not hold; waived: a waiver excused it. */
export interface GateCondition {
  rule: string;
  threshold: string;
  actual: string;
  severity: string;
  waived: boolean;
}

export interface BranchAnalysis {
  figures: NonNullable<ProjectSummary['latest']>;
  sizeByLanguage: { language: string; lines: number }[];
  conditions: GateCondition[];
}

export interface TrendPoint {
  analysisId: number;
  analyzedAt: string;
  issuesBySeverity: { critical: number; high: number; moderate: number; info: number };
  coverage: number | null;
  duplication: number;
  debtMinutes: number;
  qualityScore: number;
}

/** One analysis in any state (docs/pipeline.md). */
export interface AnalysisRun {
  id: number;
  state: string;
  kind: string;
  branch: string | null;
  pullRequest: number | null;
  baseBranch: string | null;
  revision: string | null;
  title: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationSeconds: number | null;
  gate: string | null;
  error: string | null;
}

export interface Report {
  date: string;
  startDate: string;
  endDate: string;
  branch: string;
  qualityScore: number | null;
  qualityScoreChange: number | null;
  issues: number | null;
  issuesChange: number | null;
  alerts: number | null;
  alertsChange: number | null;
  testCoverage: number | null;
  commits: number;
  additions: number;
  deletions: number;
  largestCommits: { title: string; ref: string; author: string }[];
  topContributors: { name: string; commits: number; additions: number; deletions: number }[];
}

export interface GateVerdict {
  analysisId: number;
  status: string | null;
  conditions: GateCondition[];
}

/** The states an analysis is still on its way through. */
export const RUNNING_STATES = ['new', 'preparing', 'pending', 'in_progress'];

const CONDITION = 'rule threshold actual severity waived';
const RUN = `id state kind branch pullRequest baseBranch revision title createdAt startedAt finishedAt durationSeconds
  gate error`;
const REPORT = `date startDate endDate branch qualityScore qualityScoreChange issues issuesChange alerts alertsChange
  testCoverage commits additions deletions largestCommits { title ref author }
  topContributors { name commits additions deletions }`;

type Home<T> = { plumbProjectHome: T };
const HOME = 'query Home($organization: String!, $id: Long!';

/** The project's branches: the default one first, then the tracked ones, then any other analyzed. */
export async function readBranches(organization: string, id: number): Promise<string[]> {
  const data = await graphql<Home<{ branches: string[] }>>(
    `${HOME}) { plumbProjectHome(organization: $organization, id: $id) { branches } }`,
    { organization, id },
  );
  return data.plumbProjectHome.branches;
}

/** The branch's latest completed analysis (null before its first) and its trend, oldest first. */
export async function readBranch(organization: string, id: number, branch: string) {
  const data = await graphql<Home<{ analysis: BranchAnalysis | null; trend: TrendPoint[] }>>(
    `${HOME}, $branch: String!) { plumbProjectHome(organization: $organization, id: $id) {
      analysis(branch: $branch) {
        figures {
          analysisId branch revision analyzedAt gate debtMinutes coverage duplication openIssues qualityScore
          ratings { quality maintainability reliability security duplication coverage }
        }
        sizeByLanguage { language lines } conditions { ${CONDITION} }
      }
      trend(branch: $branch) {
        analysisId analyzedAt coverage duplication debtMinutes qualityScore
        issuesBySeverity { critical high moderate info }
      }
    } }`,
    { organization, id, branch },
  );
  return data.plumbProjectHome;
}

/** The branch's analyses, newest first, in any state. */
export async function readHistory(organization: string, id: number, branch: string): Promise<AnalysisRun[]> {
  const data = await graphql<Home<{ history: AnalysisRun[] }>>(
    `${HOME}, $branch: String!) { plumbProjectHome(organization: $organization, id: $id) {
      history(branch: $branch, limit: 30) { ${RUN} } } }`,
    { organization, id, branch },
  );
  return data.plumbProjectHome.history;
}

/** Queues a full analysis of the branch's head. */
export async function analyzeNow(organization: string, projectId: number, branch: string): Promise<AnalysisRun> {
  const data = await graphql<{ plumbAnalyzeNow: AnalysisRun }>(
    `mutation AnalyzeNow($organization: String!, $projectId: Long!, $branch: String!) {
      plumbAnalyzeNow(organization: $organization, projectId: $projectId, branch: $branch) { ${RUN} } }`,
    { organization, projectId, branch },
  );
  return data.plumbAnalyzeNow;
}

export async function readReports(organization: string, id: number): Promise<Report[]> {
  const data = await graphql<Home<{ reports: Report[] }>>(
    `${HOME}) { plumbProjectHome(organization: $organization, id: $id) { reports { ${REPORT} } } }`,
    { organization, id },
  );
  return data.plumbProjectHome.reports;
}

/** Makes the project's development report of the last seven days now. */
export async function makeReport(organization: string, projectId: number): Promise<Report> {
  const data = await graphql<{ plumbMakeReport: Report }>(
    `mutation MakeReport($organization: String!, $projectId: Long!) {
      plumbMakeReport(organization: $organization, projectId: $projectId) { ${REPORT} } }`,
    { organization, projectId },
  );
  return data.plumbMakeReport;
}

/** The project's pull-request analyses (code reviews), newest first. */
export async function readPullRequests(organization: string, id: number): Promise<AnalysisRun[]> {
  const data = await graphql<Home<{ pullRequests: AnalysisRun[] }>>(
    `${HOME}) { plumbProjectHome(organization: $organization, id: $id) { pullRequests { ${RUN} } } }`,
    { organization, id },
  );
  return data.plumbProjectHome.pullRequests;
}

export interface CodeReview {
  id: number;
  status: string;
  sourceBranch: string | null;
  targetBranch: string | null;
  revision: string | null;
  url: string | null;
  modifications: { filename: string; added: boolean; removed: boolean; linesAdded: number; linesRemoved: number }[];
  annotations: {
    annotationKind: string;
    filename: string;
    line: number;
    rule: string | null;
    severity: number | null;
    description: string | null;
  }[];
}

/** One code review (Codiga's schema) with the gate's verdict on it (Plumb's extension). */
export async function readCodeReview(organization: string, id: number, reviewId: number) {
  const data = await graphql<Home<{ gate: GateVerdict }> & { project: { codeReview: CodeReview | null } | null }>(
    `${HOME}, $reviewId: Long!) {
      plumbProjectHome(organization: $organization, id: $id) {
        gate(analysisId: $reviewId) { analysisId status conditions { ${CONDITION} } }
      }
      project(id: $id) { codeReview(id: $reviewId) {
        id status sourceBranch targetBranch revision url
        modifications { filename added removed linesAdded linesRemoved }
        annotations { annotationKind filename line rule severity description }
      } }
    }`,
    { organization, id, reviewId },
  );
  return { gate: data.plumbProjectHome.gate, review: data.project?.codeReview ?? null };
}

/** The lines of these files at the review's revision (Codiga's `fileContent`), by path; absent when not served. */
export async function readReviewFiles(reviewId: number, paths: string[]): Promise<Map<string, string[]>> {
  if (paths.length === 0) return new Map();
  const variables = Object.fromEntries(paths.map((path, position) => [`p${position}`, path]));
  const fields = paths.map((_path, position) => `f${position}: fileContent(path: $p${position})`).join(' ');
  const declared = paths.map((_path, position) => `$p${position}: String!`).join(', ');
  const data = await graphql<{ analysis: Record<string, string[]> | null }>(
    `query ReviewFiles($id: Long!, ${declared}) { analysis(id: $id) { ${fields} } }`,
    { id: reviewId, ...variables },
  );
  return new Map(
    paths.flatMap((path, position) => {
      const lines = data.analysis?.[`f${position}`];
      return lines ? [[path, lines] as const] : [];
    }),
  );
}
