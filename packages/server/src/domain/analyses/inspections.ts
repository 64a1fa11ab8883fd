import { and, eq, inArray } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { authorize, type PersonalAccess, type Role } from '../access/index.js';
import { conditionsFromConfig } from '../build-conditions/index.js';
import type { Page } from '../paging.js';
import { findReadableRepository, type Repository, type RepositoryIdentity } from '../projects/index.js';
import { cancelAnalysis, findAnalysis, listAnalyses, type Analysis, type AnalysisListing } from './analyses.js';
import { listArtifacts, readArtifact, type Artifact } from './artifacts.js';
import {
  findIndex,
  indicesOfAnalyses,
  latestIndexPerBranch,
  listIndexFindings,
  type FindingFilter,
  type Index,
  type StoredFinding,
} from './indices.js';
import { requestAnalysis, type AnalysisQueue } from './queue.js';

/*
 * Inspections and indices as a user reaches them through a repository they name: every function here resolves the
 * repository for the caller first (one they may not read is NotFound, never Forbidden) and checks the write rights
 * of the ones that change something. The functions of analyses.ts, indices.ts and artifacts.ts take a project the
 * caller has already checked; these are what a surface calls.
 */

type WriteAction = 'requestAnalysis' | 'cancelAnalysis' | 'manageWebhooks' | 'requestReport' | 'manageReports';

/** Team accesses that let a team's members take each action on the project. */
const TEAM_ACCESS_FOR: Record<WriteAction, readonly (typeof schema.TEAM_ACCESS)[number][]> = {
  requestAnalysis: ['admin', 'developer'],
  cancelAnalysis: ['admin', 'developer'],
  manageWebhooks: ['admin'],
  requestReport: ['admin', 'developer'],
  manageReports: ['admin'],
};

/** The repository with this identity that the user may read; another organization's is NotFound. */
export function readableRepository(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
): Promise<Repository> {
  return findReadableRepository(db, access, identity);
}

/**
 * The repository, when the user may also take the action on it: their own repository, an organization role the
 * permission table allows, or a team of theirs with the access the action needs (TEAM_ACCESS_FOR).
 * A repository they may read but not change is Forbidden, in the permission table's words.
 */
export async function writableRepository(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  action: WriteAction,
): Promise<Repository> {
  const repository = await findReadableRepository(db, access, identity);
  if (repository.organizationId === null && repository.createdByUserId === access.user.id) return repository;
  if (await teamMay(db, access.user.id, repository.id, TEAM_ACCESS_FOR[action])) return repository;
  authorize({ role: await roleIn(db, access.user.id, repository.organizationId) }, action);
  return repository;
}

async function roleIn(db: Executor, userId: number, organizationId: number | null): Promise<Role | null> {
  if (organizationId === null) return null;
  const [row] = await db
    .select({ role: schema.memberships.role })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.organizationId, organizationId), eq(schema.memberships.userId, userId)));
  return row?.role ?? null;
}

async function teamMay(
  db: Executor,
  userId: number,
  projectId: number,
  accesses: readonly (typeof schema.TEAM_ACCESS)[number][],
): Promise<boolean> {
  const rows = await db
    .select({ access: schema.teamProjects.access })
    .from(schema.teamProjects)
    .innerJoin(schema.teamMembers, eq(schema.teamMembers.teamId, schema.teamProjects.teamId))
    .where(
      and(
        eq(schema.teamProjects.projectId, projectId),
        eq(schema.teamMembers.userId, userId),
        inArray(schema.teamProjects.access, [...accesses]),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** An inspection with the indices it shows: its own (head) and the one it was compared with (base). */
export interface Inspection {
  analysis: Analysis;
  headIndex?: Index;
  baseIndex?: Index;
}

/** The analysis with its head index and the base index it was compared with, once they exist. */
export async function inspectionOf(db: Executor, analysis: Analysis): Promise<Inspection> {
  const ids = analysis.baseAnalysisId === null ? [analysis.id] : [analysis.id, analysis.baseAnalysisId];
  const indices = await indicesOfAnalyses(db, ids);
  const headIndex = indices.get(analysis.id);
  const baseIndex = analysis.baseAnalysisId === null ? undefined : indices.get(analysis.baseAnalysisId);
  return { analysis, ...(headIndex ? { headIndex } : {}), ...(baseIndex ? { baseIndex } : {}) };
}

/** One page of the repository's inspections (Scrutinizer: most recent first by default). */
export async function listInspections(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  listing: AnalysisListing,
): Promise<{ repository: Repository; page: Page<Analysis> }> {
  const repository = await readableRepository(db, access, identity);
  return { repository, page: await listAnalyses(db, repository, listing) };
}

/** The repository's inspection with this uuid, with its head and base indices once they exist. */
export async function findInspection(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  uuid: string,
): Promise<{ repository: Repository; inspection: Inspection }> {
  const repository = await readableRepository(db, access, identity);
  return { repository, inspection: await inspectionOf(db, await findAnalysis(db, repository, uuid)) };
}

/** What a user asks to inspect: a branch, and optionally its exact revision, a title and a YAML configuration. */
export interface InspectionRequest {
  branch: string;
  sourceReference?: string;
  title?: string;
  /** YAML for this inspection only; its build failure conditions must parse. */
  config?: string;
}

/**
 * Records an inspection of a branch and queues it. The configuration given for this inspection only is checked
 * the way a repository's is (its build failure conditions must parse), so a bad one is refused now, not in the
 * worker.
 */
export async function requestInspection(
  db: Executor,
  queue: AnalysisQueue,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  request: InspectionRequest,
): Promise<{ repository: Repository; inspection: Inspection }> {
  const repository = await writableRepository(db, access, identity, 'requestAnalysis');
  if (request.config !== undefined) conditionsFromConfig(request.config);
  const analysis = await requestAnalysis(db, queue, repository, {
    kind: 'branch',
    branch: request.branch,
    revision: request.sourceReference ?? null,
    title: request.title ?? null,
    configOverride: request.config ?? null,
    requestedByUserId: access.user.id,
  });
  return { repository, inspection: { analysis } };
}

/** Cancels a waiting or running inspection; one that has already ended is a Conflict. */
export async function cancelInspection(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  uuid: string,
): Promise<{ repository: Repository; inspection: Inspection }> {
  const repository = await writableRepository(db, access, identity, 'cancelAnalysis');
  const analysis = await findAnalysis(db, repository, uuid);
  const canceled = await cancelAnalysis(db, analysis);
  return { repository, inspection: await inspectionOf(db, canceled) };
}

/** The files the inspection produced, per node and name; purged ones are listed with `expiredAt`. */
export async function listInspectionArtifacts(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  uuid: string,
): Promise<{ repository: Repository; analysis: Analysis; artifacts: Artifact[] }> {
  const repository = await readableRepository(db, access, identity);
  const analysis = await findAnalysis(db, repository, uuid);
  return { repository, analysis, artifacts: await listArtifacts(db, analysis.id) };
}

/** The content of one artifact of the inspection; a purged (expired) one is NotFound. */
export async function readInspectionArtifact(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  uuid: string,
  file: { node: string; name: string },
): Promise<{ contentType: string; content: Buffer }> {
  const repository = await readableRepository(db, access, identity);
  const analysis = await findAnalysis(db, repository, uuid);
  return readArtifact(db, analysis.id, file.node, file.name);
}

/** The repository's index by numeric id, or the latest one of a revision (full or abbreviated sha). */
export async function findRepositoryIndex(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  idOrRevision: string,
): Promise<{ repository: Repository; index: Index }> {
  const repository = await readableRepository(db, access, identity);
  return { repository, index: await findIndex(db, repository, idOrRevision) };
}

/**
 * One page of an index's findings with their tracked issues. `filter.severities` given but empty (every value asked
 * for maps to nothing, as Scrutinizer's `unknown` does) matches nothing, where an absent filter matches everything.
 */
export async function listRepositoryIndexFindings(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
  idOrRevision: string,
  filter: FindingFilter,
  page: { limit: number; offset: number },
): Promise<{ repository: Repository; index: Index; page: Page<StoredFinding> }> {
  const { repository, index } = await findRepositoryIndex(db, access, identity, idOrRevision);
  const matchesNothing = Object.values(filter).some((values) => Array.isArray(values) && values.length === 0);
  if (matchesNothing) return { repository, index, page: { items: [], total: 0 } };
  return { repository, index, page: await listIndexFindings(db, index, filter, page) };
}

/** Each branch's latest index and the inspection behind it (Scrutinizer's repository `applications`). */
export interface Application {
  branch: string;
  index: Index;
  analysis: Analysis;
}

/** The repository the user may read, with its `applications`. */
export async function readableRepositoryWithApplications(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
): Promise<{ repository: Repository; applications: Application[] }> {
  const repository = await readableRepository(db, access, identity);
  return { repository, applications: await latestIndexPerBranch(db, repository) };
}
