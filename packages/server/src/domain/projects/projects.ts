import { and, asc, count, eq, inArray, type SQL } from 'drizzle-orm';
import { containsText, inTransaction, schema, type Executor } from '../../store/index.js';
import { authorize, type Organization, type OrganizationAccess } from '../access/index.js';
import { Conflict, LimitReached, NotFound } from '../errors.js';
import { rowByUuid, rowsByIds } from '../lookups.js';
import { pageOfTable, type Keyset, type Page, type PageRequest } from '../paging.js';
import { ensureTeam, type Team } from '../teams/teams.js';
import { requireName, requireOneOf } from '../validate.js';

export type Project = typeof schema.projects.$inferSelect;
export type Provider = (typeof schema.PROVIDERS)[number];

const { projects } = schema;

export interface NewProject {
  provider: unknown;
  instance?: string;
  owner?: string;
  name: unknown;
  gitUrl?: string | null;
  defaultBranch?: string;
  trackedBranches?: string[];
  configYaml?: string;
  private?: boolean;
  description?: string;
  sshKeySealed?: string | null;
  createdByUserId?: number | null;
}

async function countOrganizationProjects(db: Executor, organizationId: number): Promise<number> {
  const [row] = await db.select({ total: count() }).from(projects).where(eq(projects.organizationId, organizationId));
  return row?.total ?? 0;
}

/** Refuses a project beyond the organization's limit. */
export async function requireRoomForProject(db: Executor, organization: Organization): Promise<void> {
  if ((await countOrganizationProjects(db, organization.id)) >= organization.projectLimit) {
    throw new LimitReached(`the organization has reached its limit of ${organization.projectLimit} projects`);
  }
}

/** Inserts a project into the organization, within its project limit; the same identity twice is a Conflict. */
export async function insertProject(db: Executor, organization: Organization, input: NewProject): Promise<Project> {
  const provider = requireOneOf('provider', input.provider, schema.PROVIDERS);
  const name = requireName('name', input.name);
  await requireRoomForProject(db, organization);
  const [row] = await db
    .insert(projects)
    .values({
      organizationId: organization.id,
      provider,
      instance: input.instance ?? '',
      owner: input.owner ?? '',
      name,
      gitUrl: input.gitUrl ?? null,
      defaultBranch: input.defaultBranch ?? 'main',
      trackedBranches: input.trackedBranches ?? [],
      configYaml: input.configYaml ?? '',
      private: input.private ?? true,
      description: input.description ?? '',
      sshKeySealed: input.sshKeySealed ?? null,
      createdByUserId: input.createdByUserId ?? null,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new Conflict(`the project ${provider}/${input.owner ?? ''}/${name} already exists`);
  return row;
}

/** Creates a project in the caller's organization (OWNER or ADMIN), recording the caller as its creator. */
export async function createProject(db: Executor, access: OrganizationAccess, input: NewProject): Promise<Project> {
  authorize(access, 'addRepository');
  return insertProject(db, access.organization, {
    ...input,
    createdByUserId: input.createdByUserId ?? access.principal.user?.id ?? null,
  });
}

/** A project of the organization by the id an API caller sends (its uuid); anything else is NotFound. */
export async function findProject(db: Executor, access: OrganizationAccess, publicId: string): Promise<Project> {
  authorize(access, 'viewOrganization');
  return rowByUuid(db, projects, eq(projects.organizationId, access.organization.id), publicId, 'project');
}

/** Projects of the organization by id, for loaders that resolve many at once; other ids are left out. */
export async function findProjectsByIds(
  db: Executor,
  access: OrganizationAccess,
  ids: readonly number[],
): Promise<Map<number, Project>> {
  authorize(access, 'viewOrganization');
  return rowsByIds(db, projects, eq(projects.organizationId, access.organization.id), ids);
}

async function projectByName(
  db: Executor,
  organizationId: number,
  name: string,
  providers?: readonly Provider[],
): Promise<Project | undefined> {
  const [row] = await db
    .select()
    .from(projects)
    .where(
      and(
        eq(projects.organizationId, organizationId),
        eq(projects.name, name),
        providers ? inArray(projects.provider, [...providers]) : undefined,
      ),
    )
    .orderBy(asc(projects.id))
    .limit(1);
  return row;
}

/**
 * The organization's project with this name, optionally among some providers only. Names are unique per owner,
 * not per organization: when several projects share the name, the oldest wins so the answer never changes.
 */
export async function findProjectByName(
  db: Executor,
  access: OrganizationAccess,
  name: string,
  providers?: readonly Provider[],
): Promise<Project | undefined> {
  authorize(access, 'viewOrganization');
  return projectByName(db, access.organization.id, name, providers);
}

/**
 * The organization's project a client names by reference: its numeric id, its `owner/name`, or its name alone (the
 * oldest of that name). NotFound when none matches.
 */
export async function findProjectByReference(
  db: Executor,
  access: OrganizationAccess,
  reference: string,
): Promise<Project> {
  authorize(access, 'viewOrganization');
  const organization = eq(projects.organizationId, access.organization.id);
  const slash = reference.lastIndexOf('/');
  const where = /^[1-9][0-9]{0,14}$/.test(reference)
    ? eq(projects.id, Number(reference))
    : slash > 0
      ? and(eq(projects.owner, reference.slice(0, slash)), eq(projects.name, reference.slice(slash + 1)))
      : eq(projects.name, reference);
  const [row] = await db.select().from(projects).where(and(organization, where)).orderBy(asc(projects.id)).limit(1);
  if (!row) throw new NotFound('repository');
  return row;
}

export interface ProjectQuery {
  providers?: readonly Provider[];
  /** A case-insensitive substring of the name. */
  search?: string;
}

const byName: Keyset<Project> = {
  columns: [
    { column: projects.name, text: true },
    { column: projects.id, text: false },
  ],
  valuesOf: (project) => [project.name, project.id],
};

/** One page of the organization's projects, ordered by name (byte order) then id. */
export async function listProjects(
  db: Executor,
  access: OrganizationAccess,
  query: ProjectQuery,
  page: PageRequest,
): Promise<Page<Project>> {
  authorize(access, 'viewOrganization');
  const filters: SQL[] = [eq(projects.organizationId, access.organization.id)];
  if (query.providers) filters.push(inArray(projects.provider, [...query.providers]));
  if (query.search) filters.push(containsText([projects.name], query.search));
  return pageOfTable(db, projects, and(...filters), byName, page);
}

export interface EnsuredTeamProject {
  team: Team;
  project: Project;
  /** True when this call created the project (the team may have been created either way). */
  created: boolean;
}

/**
 * Finds the organization's project by name or creates it (a plain-git project), creating the team when it is
 * missing and linking the two. An existing project keeps its access levels: a missing link is added, never changed.
 */
export async function ensureTeamProject(
  db: Executor,
  access: OrganizationAccess,
  input: { teamName: unknown; projectName: unknown },
): Promise<EnsuredTeamProject> {
  authorize(access, 'createProject');
  const { organization } = access;
  const teamName = requireName('teamName', input.teamName);
  const projectName = requireName('projectName', input.projectName);
  return inTransaction(db, async (tx) => {
    const team = await ensureTeam(tx, organization.id, teamName);
    let project = await projectByName(tx, organization.id, projectName);
    let created = false;
    if (!project) {
      try {
        project = await insertProject(tx, organization, {
          provider: 'gp',
          name: projectName,
          createdByUserId: access.principal.user?.id ?? null,
        });
        created = true;
      } catch (error) {
        // A concurrent request created it first: use theirs.
        if (!(error instanceof Conflict)) throw error;
        project = (await projectByName(tx, organization.id, projectName))!;
      }
    }
    await tx
      .insert(schema.teamProjects)
      .values({ teamId: team.id, projectId: project.id, access: 'admin' })
      .onConflictDoNothing();
    return { team, project, created };
  });
}
