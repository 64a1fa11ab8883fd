// A project's analyses with the figures of their results, as Codiga reads them: listed, latest per project, by id.
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, ne, type SQL } from 'drizzle-orm';
import { equalsAnyOf, placeholder, preparedPer, schema, type Executor } from '../../store/index.js';
import type { PersonalAccess } from '../access/index.js';
import type { Page } from '../paging.js';
import { readableBy } from '../projects/repositories.js';
import type { Project } from '../projects/index.js';
import type { Analysis, AnalysisState } from './analyses.js';

const { analyses, indices, projects } = schema;

/** An index's figures (summary, debt, stats, errors, counts), without its tree and finding kinds, read when asked. */
export type IndexFigures = Omit<typeof indices.$inferSelect, 'tree' | 'findingKinds'>;

/** An analysis with its index's figures; null until it completed. */
export interface AnalysisView {
  analysis: Analysis;
  index: IndexFigures | null;
}

const FIGURES = {
  id: indices.id,
  analysisId: indices.analysisId,
  projectId: indices.projectId,
  branch: indices.branch,
  revision: indices.revision,
  outdated: indices.outdated,
  createdAt: indices.createdAt,
  slocs: indices.slocs,
  runningTimeSeconds: indices.runningTimeSeconds,
  summary: indices.summary,
  techdebt: indices.techdebt,
  ratings: indices.ratings,
  quality: indices.quality,
  stats: indices.stats,
  thresholds: indices.thresholds,
  errors: indices.errors,
  parsing: indices.parsing,
  nbIssues: indices.nbIssues,
  nbIgnoredIssues: indices.nbIgnoredIssues,
};

const VIEW = { analysis: analyses, index: FIGURES };

function selectViews(db: Executor) {
  return db.select(VIEW).from(analyses).leftJoin(indices, eq(indices.analysisId, analyses.id));
}

/** What a list of a project's analyses keeps; every list matches any of its values. */
export interface AnalysisFilter {
  states?: readonly AnalysisState[];
  branches?: readonly string[];
  /** Full commit shas. */
  revisions?: readonly string[];
  createdFrom?: Date;
  createdTo?: Date;
}

function filterOf(project: Project, filter: AnalysisFilter): SQL {
  const anyOf = <T>(values: readonly T[] | undefined, build: (values: T[]) => SQL) =>
    values ? build([...values]) : undefined;
  return and(
    eq(analyses.projectId, project.id),
    // An empty list keeps nothing (Drizzle writes it as false).
    anyOf(filter.states, (values) => inArray(analyses.state, values)),
    anyOf(filter.branches, (values) => inArray(analyses.branch, values)),
    anyOf(filter.revisions, (values) => inArray(analyses.revision, values)),
    filter.createdFrom ? gte(analyses.createdAt, filter.createdFrom) : undefined,
    filter.createdTo ? lte(analyses.createdAt, filter.createdTo) : undefined,
  )!;
}

/**
 * One page of a project's analyses, newest first, with their figures. The project comes from a lookup that checked
 * the caller may read it (`findReadableProject`, `findReadableProjectsByIds`).
 */
export async function listProjectAnalyses(
  db: Executor,
  project: Project,
  filter: AnalysisFilter,
  page: { limit: number; offset: number },
): Promise<Page<AnalysisView>> {
  const where = filterOf(project, filter);
  const [items, [total]] = await Promise.all([
    selectViews(db).where(where).orderBy(desc(analyses.id)).limit(page.limit).offset(page.offset),
    db.select({ total: count() }).from(analyses).where(where),
  ]);
  return { items, total: total?.total ?? 0 };
}

/** How many of a project's analyses the filter keeps. */
export async function countProjectAnalyses(db: Executor, project: Project, filter: AnalysisFilter): Promise<number> {
  const [row] = await db.select({ total: count() }).from(analyses).where(filterOf(project, filter));
  return row?.total ?? 0;
}

const completedOfBranch = and(
  eq(analyses.state, 'completed'),
  ne(analyses.kind, 'pull_request'),
  isNull(analyses.pullRequest),
);

/** Which branch a project's latest analysis is of: a given one (the placeholder `branch`), its default, or any. */
type BranchChoice = 'given' | 'default' | 'any';

const BRANCH_OF: Record<BranchChoice, SQL | undefined> = {
  given: eq(analyses.branch, placeholder('branch')),
  default: eq(analyses.branch, projects.defaultBranch),
  any: undefined,
};

/** Each project's latest analysis of the branch chosen, for a list of any length (`ids`): one prepared query. */
function latestPerProjectQuery(choice: BranchChoice) {
  return preparedPer((db) =>
    db
      .selectDistinctOn([analyses.projectId], VIEW)
      .from(analyses)
      .leftJoin(indices, eq(indices.analysisId, analyses.id))
      .innerJoin(projects, eq(projects.id, analyses.projectId))
      .where(and(equalsAnyOf(analyses.projectId, placeholder('ids')), completedOfBranch, BRANCH_OF[choice]))
      .orderBy(asc(analyses.projectId), desc(analyses.finishedAt), desc(analyses.id))
      .prepare(`latest_analysis_per_project_${choice}`),
  );
}

const LATEST_PER_PROJECT = {
  given: latestPerProjectQuery('given'),
  default: latestPerProjectQuery('default'),
  any: latestPerProjectQuery('any'),
};

async function latestPerProject(
  db: Executor,
  projectIds: readonly number[],
  choice: BranchChoice,
  branch?: string,
): Promise<AnalysisView[]> {
  if (projectIds.length === 0) return [];
  return LATEST_PER_PROJECT[choice](db).execute({ ids: projectIds, branch });
}

/**
 * Each project's latest completed analysis of a branch (pull requests left out): of `branch` when given, else of
 * its default branch, else of any branch. At most two queries, however many projects: what a loader needs. The
 * projects come from a lookup that checked the caller may read them.
 */
export async function latestCompletedAnalyses(
  db: Executor,
  projectList: readonly Project[],
  branch?: string,
): Promise<Map<number, AnalysisView>> {
  const ids = projectList.map((project) => project.id);
  const found = new Map<number, AnalysisView>();
  const keep = (views: AnalysisView[]) => views.forEach((view) => found.set(view.analysis.projectId, view));
  if (branch !== undefined) {
    keep(await latestPerProject(db, ids, 'given', branch));
    return found;
  }
  keep(await latestPerProject(db, ids, 'default'));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) keep(await latestPerProject(db, missing, 'any'));
  return found;
}

/** Analyses by id with their projects, in one query; those of a project the user may not read are left out. */
export async function findReadableAnalyses(
  db: Executor,
  access: PersonalAccess,
  ids: readonly number[],
): Promise<Map<number, AnalysisView & { project: Project }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ ...VIEW, project: projects })
    .from(analyses)
    .leftJoin(indices, eq(indices.analysisId, analyses.id))
    .innerJoin(projects, eq(projects.id, analyses.projectId))
    .where(and(inArray(analyses.id, [...ids]), readableBy(db, access.user.id)));
  return new Map(rows.map((row) => [row.analysis.id, row]));
}
