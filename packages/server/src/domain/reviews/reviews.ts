// Code reviews: a project's pull-request analyses, listed and found as Codiga's CodeReview reads them.
import {
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  isNotNull,
  isNull,
  lt,
  lte,
  ne,
  notInArray,
  or,
  type SQL,
} from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import type { Analysis, AnalysisState } from '../analyses/index.js';
import type { Page } from '../paging.js';
import type { Project } from '../projects/index.js';

const { analyses, users } = schema;

/** A pull request's analysis with the name of who asked for it. */
export interface CodeReviewRow {
  analysis: Analysis;
  submitter: string | null;
}

/** What a list of code reviews keeps; every given filter must hold. */
export interface CodeReviewFilter {
  states?: readonly AnalysisState[];
  sourceBranch?: string;
  targetBranch?: string;
  /** A full commit sha, lower case. */
  revision?: string;
  createdFrom?: Date;
  createdTo?: Date;
  submitter?: string;
}

export type CodeReviewOrder =
  'creationDate' | 'identifier' | 'revision' | 'sourceBranch' | 'submitter' | 'targetBranch';

const ofPullRequest = or(eq(analyses.kind, 'pull_request'), isNotNull(analyses.pullRequest))!;
const submitterName = users.displayName;

function filterOf(project: Project, filter: CodeReviewFilter): SQL {
  return and(
    eq(analyses.projectId, project.id),
    ofPullRequest,
    filter.states ? inArray(analyses.state, [...filter.states]) : undefined,
    filter.sourceBranch !== undefined ? eq(analyses.branch, filter.sourceBranch) : undefined,
    filter.targetBranch !== undefined ? eq(analyses.baseBranch, filter.targetBranch) : undefined,
    filter.revision !== undefined ? eq(analyses.revision, filter.revision) : undefined,
    filter.createdFrom ? gte(analyses.createdAt, filter.createdFrom) : undefined,
    filter.createdTo ? lte(analyses.createdAt, filter.createdTo) : undefined,
    filter.submitter !== undefined ? eq(submitterName, filter.submitter) : undefined,
  )!;
}

const ORDER_COLUMNS = {
  creationDate: analyses.createdAt,
  identifier: analyses.id,
  revision: analyses.revision,
  sourceBranch: analyses.branch,
  submitter: submitterName,
  targetBranch: analyses.baseBranch,
} as const;

function selectRows(db: Executor) {
  return db
    .select({ analysis: analyses, submitter: submitterName })
    .from(analyses)
    .leftJoin(users, eq(users.id, analyses.requestedByUserId));
}

/**
 * One page of the project's code reviews: newest first, or by `order` (ascending unless `descending`), ties by id. The
 * project comes from a lookup that checked the caller may read it.
 */
export async function listCodeReviews(
  db: Executor,
  project: Project,
  filter: CodeReviewFilter,
  page: { limit: number; offset: number },
  order?: { by: CodeReviewOrder; descending: boolean },
): Promise<Page<CodeReviewRow>> {
  const where = filterOf(project, filter);
  const direction = order && !order.descending ? asc : desc;
  const [items, [total]] = await Promise.all([
    selectRows(db)
      .where(where)
      .orderBy(direction(ORDER_COLUMNS[order?.by ?? 'identifier']), direction(analyses.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(analyses).leftJoin(users, eq(users.id, analyses.requestedByUserId)).where(where),
  ]);
  return { items, total: total?.total ?? 0 };
}

export async function countCodeReviews(db: Executor, project: Project, filter: CodeReviewFilter): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(analyses)
    .leftJoin(users, eq(users.id, analyses.requestedByUserId))
    .where(filterOf(project, filter));
  return row?.total ?? 0;
}

/** The project's code review with this id (its pull-request analysis), or undefined. */
export async function findCodeReview(db: Executor, project: Project, id: number): Promise<CodeReviewRow | undefined> {
  if (!Number.isSafeInteger(id)) return undefined;
  const [row] = await selectRows(db).where(and(filterOf(project, {}), eq(analyses.id, id)));
  return row;
}

/** Who asked for the project's code reviews, by name, each once. */
export async function codeReviewAuthors(db: Executor, project: Project): Promise<string[]> {
  const rows = await db
    .selectDistinct({ name: submitterName })
    .from(analyses)
    .innerJoin(users, eq(users.id, analyses.requestedByUserId))
    .where(filterOf(project, {}))
    .orderBy(asc(submitterName));
  return rows.map((row) => row.name);
}

/** The latest analysis of a branch (pull requests aside) that has not ended without results, below an id. */
export async function latestUsableOfBranch(
  db: Executor,
  projectId: number,
  branch: string,
  belowId?: number,
): Promise<Analysis | undefined> {
  const [latest] = await db
    .select()
    .from(analyses)
    .where(
      and(
        eq(analyses.projectId, projectId),
        eq(analyses.branch, branch),
        ne(analyses.kind, 'pull_request'),
        isNull(analyses.pullRequest),
        belowId === undefined ? undefined : lt(analyses.id, belowId),
        notInArray(analyses.state, ['failed', 'timed_out', 'canceled']),
      ),
    )
    .orderBy(desc(analyses.id))
    .limit(1);
  return latest;
}

/**
 * The analysis of the review's base branch its new code is measured against: the latest one asked for before the
 * review (so the review reads the same as the base branch moves on), skipping those that ended without results;
 * `pending` while that analysis has not completed yet.
 */
export async function reviewReference(
  db: Executor,
  review: Analysis,
  defaultBranch: string,
): Promise<{ reference?: Analysis; pending: boolean }> {
  const latest = await latestUsableOfBranch(db, review.projectId, review.baseBranch ?? defaultBranch, review.id);
  if (!latest) return { pending: false };
  return latest.state === 'completed' ? { reference: latest, pending: false } : { pending: true };
}
