// Codiga's AnalysisCompare: two revisions, of one project's repository or of two projects', each measured by an
// analysis of the real pipeline, reused when that revision was analyzed already.
import { and, desc, eq, inArray, isNull, ne, notInArray } from 'drizzle-orm';
import { schema, startsWith, type Executor } from '../../store/index.js';
import { authorize, isOrganizationAccess, type PersonalAccess, type Principal } from '../access/index.js';
import {
  requestAnalysis,
  requireRef,
  requireRevision,
  sealFetchCredential,
  type Analysis,
  type AnalysisQueue,
} from '../analyses/index.js';
import { Invalid, NotFound } from '../errors.js';
import { projectForCaller, type Project } from '../projects/index.js';
import { readableBy } from '../projects/repositories.js';

const { analyses, analysisCompares, projects } = schema;

export type CompareRow = typeof analysisCompares.$inferSelect;

/** A comparison with both projects and both analyses. */
export interface Compare {
  compare: CompareRow;
  project: Project;
  targetProject: Project;
  source: Analysis;
  target: Analysis;
}

/** Codiga's createCompareAnalysis: the source a revision of the project, the target one of the repository at a URL. */
export interface CompareRequest {
  projectId: number;
  sourceBranch?: string | null;
  sourceRevision?: string | null;
  targetUrl: string;
  targetBranch?: string | null;
  targetRevision?: string | null;
  targetUsername?: string | null;
  targetPassword?: string | null;
}

/** A URL as written by different hands: no trailing slash or `.git`. */
const sameUrl = (url: string) =>
  url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');

/** The project the caller may read whose repository is at this URL (the oldest of them). */
async function projectAtUrl(db: Executor, principal: Principal, url: string): Promise<Project> {
  const wanted = sameUrl(url);
  const candidates = await db
    .select()
    .from(projects)
    .where(and(readableBy(db, principal.user!.id), inArray(projects.gitUrl, [wanted, `${wanted}.git`, `${wanted}/`])))
    .orderBy(projects.id);
  const found = candidates[0];
  if (!found) throw new Invalid('targetUrl', 'the git URL of a project of yours on this server');
  return found;
}

/** The project's analysis of this revision (full or abbreviated sha) that has not failed, newest first. */
async function analysisOfRevision(db: Executor, project: Project, revision: string): Promise<Analysis | undefined> {
  const [found] = await db
    .select()
    .from(analyses)
    .where(
      and(
        eq(analyses.projectId, project.id),
        revision.length >= 40 ? eq(analyses.revision, revision) : startsWith(analyses.revision, revision),
        ne(analyses.kind, 'pull_request'),
        isNull(analyses.pullRequest),
        notInArray(analyses.state, ['failed', 'timed_out', 'canceled']),
      ),
    )
    .orderBy(desc(analyses.id))
    .limit(1);
  return found;
}

interface Side {
  project: Project;
  branch: string | null;
  revision: string | null;
}

/**
 * The side's revision is analyzed already (or being analyzed): that analysis; else a new one is queued, with the
 * sealed credential its fetch takes when one was given (a reused analysis needs no fetch: the credential is dropped).
 */
async function analysisFor(
  db: Executor,
  queue: AnalysisQueue,
  side: Side,
  requestedByUserId: number | null,
  fetchCredentialSealed?: string,
) {
  const existing = side.revision ? await analysisOfRevision(db, side.project, side.revision) : undefined;
  return (
    existing ??
    requestAnalysis(db, queue, side.project, {
      kind: 'branch',
      branch: side.branch ?? side.project.defaultBranch,
      revision: side.revision,
      requestedByUserId,
      ...(fetchCredentialSealed === undefined ? {} : { fetchCredentialSealed }),
    })
  );
}

/** Only git's HTTP transports ask for a password. */
const fetchedOverHttp = (url: string | null) => /^https?:\/\//i.test(url ?? '');

/** The target's credential sealed for its analysis's fetch, when a password was given; checked first. */
function targetCredential(project: Project, request: CompareRequest, seal: (plain: string) => string) {
  if (request.targetPassword == null) return undefined;
  if (!fetchedOverHttp(project.gitUrl))
    throw new Invalid('targetPassword', 'a password only for a repository fetched over HTTPS (its git URL is not)');
  const credential = { username: request.targetUsername ?? 'git', password: request.targetPassword };
  return sealFetchCredential(credential, { username: 'targetUsername', password: 'targetPassword' }, seal);
}

/** A side's branch and revision, checked under the argument names Codiga gives them. */
function sideOf(project: Project, prefix: 'source' | 'target', branch?: string | null, revision?: string | null): Side {
  return {
    project,
    branch: branch == null ? null : requireRef(`${prefix}Branch`, branch),
    revision: revision == null ? null : requireRevision(`${prefix}Revision`, revision),
  };
}

/** The project, when the caller may ask for its analyses. */
async function analyzableProject(db: Executor, principal: Principal, projectId: number): Promise<Project> {
  const { project, access } = await projectForCaller(db, principal, projectId);
  if (isOrganizationAccess(access)) authorize(access, 'requestAnalysis');
  return project;
}

/**
 * Records a comparison of two revisions and queues the analysis of each one not analyzed yet. A target password is
 * sealed for the fetch of the target's new analysis alone (never stored in clear, never answered back).
 */
export async function requestCompare(
  db: Executor,
  queue: AnalysisQueue,
  principal: Principal,
  request: CompareRequest,
  seal: (plain: string) => string,
): Promise<Compare> {
  const project = await analyzableProject(db, principal, request.projectId);
  const found = await projectAtUrl(db, principal, request.targetUrl);
  const targetProject = found.id === project.id ? project : await analyzableProject(db, principal, found.id);
  const source = sideOf(project, 'source', request.sourceBranch, request.sourceRevision);
  const targetSide = sideOf(targetProject, 'target', request.targetBranch, request.targetRevision);
  const userId = principal.user?.id ?? null;
  const credential = targetCredential(targetProject, request, seal);
  // One repository on both sides: its source revision is fetched from the same URL, with the same credential.
  const sourceAnalysis = await analysisFor(db, queue, source, userId, found.id === project.id ? credential : undefined);
  const targetAnalysis = await analysisFor(db, queue, targetSide, userId, credential);
  const [compare] = await db
    .insert(analysisCompares)
    .values({
      projectId: project.id,
      targetProjectId: targetProject.id,
      sourceBranch: source.branch,
      sourceRevision: source.revision,
      targetBranch: targetSide.branch,
      targetRevision: targetSide.revision,
      targetUsername: request.targetUsername ?? null,
      sourceAnalysisId: sourceAnalysis.id,
      targetAnalysisId: targetAnalysis.id,
      requestedByUserId: userId,
    })
    .returning();
  return { compare: compare!, project, targetProject, source: sourceAnalysis, target: targetAnalysis };
}

/** The comparison with this id and its analyses as they are now; NotFound unless the caller may read both projects. */
export async function findCompare(db: Executor, access: PersonalAccess, id: number): Promise<Compare> {
  const [row] = Number.isSafeInteger(id)
    ? await db.select().from(analysisCompares).where(eq(analysisCompares.id, id))
    : [];
  if (!row) throw new NotFound('analysis compare');
  const readable = await db
    .select()
    .from(projects)
    .where(and(inArray(projects.id, [row.projectId, row.targetProjectId]), readableBy(db, access.user.id)));
  const project = readable.find((candidate) => candidate.id === row.projectId);
  const targetProject = readable.find((candidate) => candidate.id === row.targetProjectId);
  if (!project || !targetProject) throw new NotFound('analysis compare');
  const measured = await db
    .select()
    .from(analyses)
    .where(inArray(analyses.id, [row.sourceAnalysisId, row.targetAnalysisId]));
  const byId = new Map(measured.map((analysis) => [analysis.id, analysis]));
  return {
    compare: row,
    project,
    targetProject,
    source: byId.get(row.sourceAnalysisId)!,
    target: byId.get(row.targetAnalysisId)!,
  };
}
