import { and, asc, count, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { NotFound } from '../errors.js';
import type { Page, PageRequest } from '../paging.js';
import type { RepositoryIdentity } from './identity.js';
import type { Project } from './projects.js';

/** A project with the organization it belongs to (null for a user's own repository). */
export interface Repository extends Project {
  organization: { slug: string; name: string } | null;
}

const { projects, organizations } = schema;

export function identityIs(identity: RepositoryIdentity): SQL {
  return and(
    eq(projects.provider, identity.provider),
    eq(projects.instance, identity.instance),
    eq(projects.owner, identity.owner),
    eq(projects.name, identity.name),
  )!;
}

const repositoryOrder = [
  asc(projects.provider),
  asc(projects.instance),
  asc(projects.owner),
  asc(projects.name),
  asc(projects.id),
];

/**
 * Repositories a user may read: their own (outside any organization), every repository of an organization
 * where they hold a role other than BILLING, and any repository a team of theirs has access to.
 */
export function readableBy(db: Executor, userId: number): SQL {
  const organizationsOfUser = db
    .select({ id: schema.memberships.organizationId })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.userId, userId), ne(schema.memberships.role, 'BILLING')));
  const projectsOfTeams = db
    .select({ id: schema.teamProjects.projectId })
    .from(schema.teamProjects)
    .innerJoin(schema.teamMembers, eq(schema.teamMembers.teamId, schema.teamProjects.teamId))
    .where(eq(schema.teamMembers.userId, userId));
  return or(
    and(isNull(projects.organizationId), eq(projects.createdByUserId, userId)),
    inArray(projects.organizationId, organizationsOfUser),
    inArray(projects.id, projectsOfTeams),
  )!;
}

function selectRepositories(db: Executor, where: SQL) {
  return db
    .select({ project: projects, organization: { slug: organizations.slug, name: organizations.name } })
    .from(projects)
    .leftJoin(organizations, eq(organizations.id, projects.organizationId))
    .where(where);
}

type RepositoryRow = { project: Project; organization: { slug: string; name: string } | null };
const toRepository = ({ project, organization }: RepositoryRow): Repository => ({ ...project, organization });

async function pageOfRepositories(db: Executor, where: SQL, page: PageRequest): Promise<Page<Repository>> {
  const rows = await selectRepositories(db, where)
    .orderBy(...repositoryOrder)
    .limit(page.limit)
    .offset(page.offset);
  const [counted] = await db.select({ total: count() }).from(projects).where(where);
  return { items: rows.map(toRepository), total: counted?.total ?? 0 };
}

/** The organization's repositories, one page, in a stable order: provider, instance, owner, name. */
export function listOrganizationRepositories(
  db: Executor,
  organizationId: number,
  page: PageRequest,
): Promise<Page<Repository>> {
  return pageOfRepositories(db, eq(projects.organizationId, organizationId), page);
}

/** Every repository the user may read, one page, in a stable order. */
export function listReadableRepositories(db: Executor, userId: number, page: PageRequest): Promise<Page<Repository>> {
  return pageOfRepositories(db, readableBy(db, userId), page);
}

/** The repository with this identity that the user may read; their own comes first, then by organization. */
export async function findReadableRepository(
  db: Executor,
  userId: number,
  identity: RepositoryIdentity,
): Promise<Repository> {
  const [row] = await selectRepositories(db, and(identityIs(identity), readableBy(db, userId))!)
    .orderBy(sql`${projects.organizationId} asc nulls first`, asc(projects.id))
    .limit(1);
  if (!row) throw new NotFound('repository');
  return toRepository(row);
}

/** The organization's repository with this identity; one of another organization is NotFound. */
export async function findOrganizationRepository(
  db: Executor,
  organizationId: number,
  identity: RepositoryIdentity,
): Promise<Project> {
  const [row] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.organizationId, organizationId), identityIs(identity)));
  if (!row) throw new NotFound('repository');
  return row;
}
