import { and, asc, eq } from 'drizzle-orm';
import { schema, type Executor } from '../../store/index.js';
import { Conflict, LimitReached, NotFound } from '../errors.js';
import { requireName, requireOneOf } from '../validate.js';
import { countOrganizationProjects } from './count.js';

export type Project = typeof schema.projects.$inferSelect;
export type Provider = (typeof schema.PROVIDERS)[number];

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
  sshKeySealed?: string | null;
  createdByUserId?: number | null;
}

/** Creates a project in the organization, within its project limit; the same identity twice is a Conflict. */
export async function createProject(
  db: Executor,
  organization: { id: number; projectLimit: number },
  input: NewProject,
): Promise<Project> {
  const provider = requireOneOf('provider', input.provider, schema.PROVIDERS);
  const name = requireName('name', input.name);
  if ((await countOrganizationProjects(db, organization.id)) >= organization.projectLimit) {
    throw new LimitReached(`the organization has reached its limit of ${organization.projectLimit} projects`);
  }
  const [row] = await db
    .insert(schema.projects)
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
      sshKeySealed: input.sshKeySealed ?? null,
      createdByUserId: input.createdByUserId ?? null,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new Conflict(`the project ${provider}/${input.owner ?? ''}/${name} already exists`);
  return row;
}

/** A project of the organization by its uuid; another organization's project is NotFound. */
export async function getOrganizationProject(
  db: Executor,
  organizationId: number,
  projectUuid: string,
): Promise<Project> {
  const [row] = await db
    .select()
    .from(schema.projects)
    .where(and(eq(schema.projects.organizationId, organizationId), eq(schema.projects.uuid, projectUuid)));
  if (!row) throw new NotFound('project');
  return row;
}

/** The organization's projects in a stable order: provider, owner, name. */
export async function listOrganizationProjects(db: Executor, organizationId: number): Promise<Project[]> {
  return db
    .select()
    .from(schema.projects)
    .where(eq(schema.projects.organizationId, organizationId))
    .orderBy(
      asc(schema.projects.provider),
      asc(schema.projects.instance),
      asc(schema.projects.owner),
      asc(schema.projects.name),
      asc(schema.projects.id),
    );
}
