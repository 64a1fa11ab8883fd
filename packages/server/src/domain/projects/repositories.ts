import { and, count, eq, inArray, isNull, ne, or, type Placeholder, type SQL } from 'drizzle-orm';
import { inTransaction, nullsFirst, schema, type Executor } from '../../store/index.js';
import { authorize, isOrganizationAccess, type OrganizationAccess, type PersonalAccess } from '../access/index.js';
import { configurationFor } from '../configs/configs.js';
import { Conflict, NotFound } from '../errors.js';
import { paginate, type Keyset, type Page, type PageRequest } from '../paging.js';
import {
  qualifiedRepositoryName,
  requireGitUrl,
  requireRepositoryIdentity,
  type RepositoryIdentity,
} from './identity.js';
import { insertProject, requireRoomForProject, type Project } from './projects.js';

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

/** Repositories in a stable order: provider, instance, owner, name (byte order), then id. */
export const byIdentity: Keyset<Project> = {
  columns: [
    { column: projects.provider, text: true },
    { column: projects.instance, text: true },
    { column: projects.owner, text: true },
    { column: projects.name, text: true },
    { column: projects.id, text: false },
  ],
  valuesOf: (project) => [project.provider, project.instance, project.owner, project.name, project.id],
};

/**
 * Repositories a user may read: their own (outside any organization), every repository of an organization
 * where they hold a role other than BILLING, and any repository a team of theirs has access to. The user's id may be a
 * placeholder of a prepared query.
 */
export function readableBy(db: Executor, userId: number | Placeholder<string>): SQL {
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

function pageOfRepositories(db: Executor, where: SQL, page: PageRequest): Promise<Page<Repository>> {
  return paginate<Repository>(page, byIdentity, {
    rows: async (position, orderBy, limit, offset) =>
      (
        await selectRepositories(db, and(where, position)!)
          .orderBy(...orderBy)
          .limit(limit)
          .offset(offset)
      ).map(toRepository),
    total: async () => (await db.select({ total: count() }).from(projects).where(where))[0]?.total ?? 0,
  });
}

/** The organization's repositories, one page, in identity order. */
export function listOrganizationRepositories(
  db: Executor,
  access: OrganizationAccess,
  page: PageRequest,
): Promise<Page<Repository>> {
  authorize(access, 'viewOrganization');
  return pageOfRepositories(db, eq(projects.organizationId, access.organization.id), page);
}

/** Every repository the user may read, one page, in identity order. */
export function listReadableRepositories(
  db: Executor,
  access: PersonalAccess,
  page: PageRequest,
): Promise<Page<Repository>> {
  return pageOfRepositories(db, readableBy(db, access.user.id), page);
}

/** The repository with this identity that the user may read; their own comes first, then by organization. */
export async function findReadableRepository(
  db: Executor,
  access: PersonalAccess,
  identity: RepositoryIdentity,
): Promise<Repository> {
  const [row] = await selectRepositories(db, and(identityIs(identity), readableBy(db, access.user.id))!)
    .orderBy(nullsFirst(projects.organizationId), projects.id)
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

export interface RepositoryToAdd {
  identity: RepositoryIdentity;
  gitUrl: string;
  /** Already sealed: the domain never sees the plain key. */
  sshKeySealed?: string | null;
  /** The repository's own YAML configuration. */
  config?: string;
  /** A named configuration of the owner (the organization, or the user) laid under the repository's own. */
  globalConfigUuid?: string;
  /** Checked by the caller as git branch names. */
  defaultBranch?: string;
  trackedBranches?: string[];
  /** Checked by the caller; private unless said otherwise, and no description. */
  private?: boolean;
  description?: string;
}

/**
 * Adds a repository to an organization (its OWNER or ADMIN only, within its project limit), or, with personal
 * access, as the user's own repository. The same repository twice is a Conflict. Its identity must hold only
 * names a hosting service allows, and its git URL one that `checkGitUrl` accepts (local repositories only under
 * PLUMB_LOCAL_GIT_ROOTS).
 */
export async function addRepository(
  db: Executor,
  access: OrganizationAccess | PersonalAccess,
  input: RepositoryToAdd,
): Promise<Repository> {
  const identity = requireRepositoryIdentity('name', input.identity);
  const gitUrl = requireGitUrl('git_url', input.gitUrl);
  if (isOrganizationAccess(access)) authorize(access, 'addRepository');
  const configYaml = await configurationFor(db, access, input.config ?? '', input.globalConfigUuid);
  const branches = {
    ...(input.defaultBranch === undefined ? {} : { defaultBranch: input.defaultBranch }),
    ...(input.trackedBranches === undefined ? {} : { trackedBranches: input.trackedBranches }),
  };
  const shown = {
    ...(input.private === undefined ? {} : { private: input.private }),
    ...(input.description === undefined ? {} : { description: input.description }),
  };
  const values = { ...identity, gitUrl, sshKeySealed: input.sshKeySealed ?? null, configYaml, ...branches, ...shown };
  if (isOrganizationAccess(access)) {
    const { organization } = access;
    const project = await insertProject(db, organization, {
      ...values,
      createdByUserId: access.principal.user?.id ?? null,
    });
    return { ...project, organization: { slug: organization.slug, name: organization.name } };
  }
  const [row] = await db
    .insert(projects)
    .values({ ...values, organizationId: null, createdByUserId: access.user.id })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new Conflict(`the repository ${qualifiedRepositoryName(identity)} already exists`);
  return { ...row, organization: null };
}

/**
 * Moves a repository the caller added outside any organization into the organization; a repository already in
 * the organization stays as it is. Anything else (another user's, another organization's) is NotFound.
 */
export async function associateRepository(
  db: Executor,
  access: OrganizationAccess,
  identity: RepositoryIdentity,
): Promise<Repository> {
  authorize(access, 'associateRepository');
  const { organization } = access;
  const organizationRef = { slug: organization.slug, name: organization.name };
  const userId = access.principal.user?.id;
  return inTransaction(db, async (tx) => {
    const [existing] = await tx
      .select()
      .from(projects)
      .where(and(eq(projects.organizationId, organization.id), identityIs(identity)));
    if (existing) return { ...existing, organization: organizationRef };
    const [own] =
      userId === undefined
        ? []
        : await tx
            .select()
            .from(projects)
            .where(and(isNull(projects.organizationId), eq(projects.createdByUserId, userId), identityIs(identity)));
    if (!own) throw new NotFound('repository');
    await requireRoomForProject(tx, organization);
    const [moved] = await tx
      .update(projects)
      .set({ organizationId: organization.id })
      .where(eq(projects.id, own.id))
      .returning();
    return { ...moved!, organization: organizationRef };
  });
}

/**
 * Takes a repository out of the organization without deleting it: it goes back to the user who added it (or to
 * the caller when nobody did), and the organization's teams lose their access to it.
 */
export async function disassociateRepository(
  db: Executor,
  access: OrganizationAccess,
  identity: RepositoryIdentity,
): Promise<void> {
  authorize(access, 'disassociateRepository');
  await inTransaction(db, async (tx) => {
    const [project] = await tx
      .select()
      .from(projects)
      .where(and(eq(projects.organizationId, access.organization.id), identityIs(identity)));
    if (!project) throw new NotFound('repository');
    const owner = project.createdByUserId ?? access.principal.user?.id ?? null;
    if (owner === null) throw new NotFound('repository');
    // Outside organizations each user has one repository per identity: the owner's own copy blocks the move.
    const [clash] = await tx
      .select({ id: projects.id })
      .from(projects)
      .where(and(isNull(projects.organizationId), eq(projects.createdByUserId, owner), identityIs(identity)));
    if (clash)
      throw new Conflict(
        `the user already has a repository ${qualifiedRepositoryName(identity)} outside any organization`,
      );
    await tx.delete(schema.teamProjects).where(eq(schema.teamProjects.projectId, project.id));
    await tx.update(projects).set({ organizationId: null, createdByUserId: owner }).where(eq(projects.id, project.id));
  });
}
