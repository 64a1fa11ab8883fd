import type { OrganizationAccess } from '../access/index.js';
import { requireRef } from '../analyses/index.js';
import { Invalid } from '../errors.js';
import {
  addRepository,
  parseOwnerAndName,
  requireGitUrl,
  requireRepositoryIdentity,
  requireRepositoryName,
  requireSshKeyFor,
  type Repository,
  type RepositoryIdentity,
} from '../projects/index.js';

/** A project as the dashboard's form adds it: its provider path, where it is cloned from, and its branches. */
export interface ProjectToAdd {
  /** g (GitHub), b (Bitbucket), gl (GitLab) or gp (plain git). */
  provider: string;
  /** `owner/name` on g and b, `namespace/name` on gl, a bare name on gp. */
  path: string;
  gitUrl: string;
  sshKey?: string | null;
  defaultBranch?: string | null;
  trackedBranches?: readonly string[] | null;
  /** Private unless false (Codiga's `isPublic`). */
  private?: boolean;
  description?: string;
}

const PROVIDERS = ['g', 'b', 'gl', 'gp'] as const;

function identityOf(provider: string, path: string): RepositoryIdentity {
  if (!(PROVIDERS as readonly string[]).includes(provider))
    throw new Invalid('provider', `expected one of ${PROVIDERS.join(', ')}`);
  if (provider === 'gp') return { provider: 'gp', instance: '', owner: '', name: requireRepositoryName('path', path) };
  const { owner, name } = parseOwnerAndName('path', path, provider === 'gl');
  const instance = provider === 'gl' ? 'gitlab-com' : '';
  return requireRepositoryIdentity('path', { provider: provider as 'g' | 'b' | 'gl', instance, owner, name });
}

/**
 * Adds a project to the organization (OWNER or ADMIN) with its branches; the SSH key is sealed by `seal` before the
 * domain keeps it, and is never returned.
 */
export async function addOrganizationProject(
  db: Parameters<typeof addRepository>[0],
  access: OrganizationAccess,
  input: ProjectToAdd,
  seal: (plain: string) => string,
): Promise<Repository> {
  const identity = identityOf(input.provider, input.path);
  const gitUrl = requireGitUrl('gitUrl', input.gitUrl);
  const sshKey = requireSshKeyFor(gitUrl, 'sshKey', input.sshKey === '' ? undefined : (input.sshKey ?? undefined));
  const defaultBranch = input.defaultBranch ? requireRef('defaultBranch', input.defaultBranch) : undefined;
  const tracked = (input.trackedBranches ?? []).map((branch) => requireRef('trackedBranches', branch));
  return addRepository(db, access, {
    identity,
    gitUrl,
    ...(sshKey === undefined ? {} : { sshKeySealed: seal(sshKey) }),
    ...(defaultBranch === undefined ? {} : { defaultBranch }),
    trackedBranches: [...new Set(tracked)],
    ...(input.private === undefined ? {} : { private: input.private }),
    ...(input.description === undefined ? {} : { description: input.description }),
  });
}
