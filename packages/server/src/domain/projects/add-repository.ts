import { schema, type Executor } from '../../store/index.js';
import { findConfig } from '../configs/find.js';
import { layerConfigYaml, requireYaml } from '../configs/merge.js';
import { Conflict, Invalid, NotFound } from '../errors.js';
import { requireRole, type OrganizationAccess } from '../orgs/access.js';
import { MANAGING_ROLES } from '../principal.js';
import { requireName } from '../validate.js';
import { qualifiedRepositoryName, type RepositoryIdentity } from './identity.js';
import { createProject, type Project } from './projects.js';

export interface RepositoryToAdd {
  identity: RepositoryIdentity;
  gitUrl: string;
  /** Already sealed: the domain never sees the plain key. */
  sshKeySealed?: string | null;
  /** The repository's own YAML configuration. */
  config?: string;
  /** A named configuration of the owner (the organization, or the user) laid under the repository's own. */
  globalConfigUuid?: string;
}

async function configurationOf(
  db: Executor,
  owner: { organizationId: number } | { userId: number },
  input: RepositoryToAdd,
): Promise<string> {
  const own = input.config ?? '';
  requireYaml('config', own);
  if (input.globalConfigUuid === undefined) return own;
  try {
    const shared = await findConfig(db, owner, input.globalConfigUuid);
    return layerConfigYaml(shared.yaml, own);
  } catch (error) {
    if (!(error instanceof NotFound)) throw error;
    const whose = 'organizationId' in owner ? "the organization's configurations" : 'your configurations';
    throw new Invalid('global_config', `expected the uuid of one of ${whose}`);
  }
}

/**
 * Adds a repository to an organization (its OWNER or ADMIN only, within its project limit), or, without one,
 * as the user's own repository. The same repository twice is a Conflict.
 */
export async function addRepository(
  db: Executor,
  access: OrganizationAccess | null,
  userId: number,
  input: RepositoryToAdd,
): Promise<Project> {
  const { identity } = input;
  requireName('name', identity.name);
  if (access) {
    requireRole(access, MANAGING_ROLES, 'adding a repository to the organization');
    const configYaml = await configurationOf(db, { organizationId: access.organization.id }, input);
    return createProject(db, access.organization, {
      ...identity,
      gitUrl: input.gitUrl,
      sshKeySealed: input.sshKeySealed ?? null,
      configYaml,
      createdByUserId: userId,
    });
  }
  const configYaml = await configurationOf(db, { userId }, input);
  const [row] = await db
    .insert(schema.projects)
    .values({
      ...identity,
      organizationId: null,
      createdByUserId: userId,
      gitUrl: input.gitUrl,
      sshKeySealed: input.sshKeySealed ?? null,
      configYaml,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new Conflict(`the repository ${qualifiedRepositoryName(identity)} already exists`);
  return row;
}
