import type { Project, Role } from '../../domain/index.js';
import type { CodacyProvider } from './providers.js';
import type { Repository } from './schemas.js';

const PERMISSION: Record<Role, Repository['permission']> = {
  OWNER: 'admin',
  ADMIN: 'admin',
  EDITOR: 'write',
  VIEWER: 'read',
  BILLING: 'read',
};

/** A project as Codacy's `Repository`, seen by a member with the role; languages and problems come with analyses. */
export function repositoryView(
  project: Project,
  provider: CodacyProvider,
  organizationSlug: string,
  role: Role | null,
): Repository {
  const owner = project.owner || organizationSlug;
  return {
    repositoryId: project.id,
    provider,
    owner,
    name: project.name,
    fullPath: `${owner}/${project.name}`,
    visibility: project.private ? 'Private' : 'Public',
    remoteIdentifier: project.uuid,
    lastUpdated: project.createdAt.toISOString(),
    defaultBranch: { name: project.defaultBranch, isDefault: true, isEnabled: true },
    permission: role ? PERMISSION[role] : 'read',
    addedState: 'Added',
    languages: [],
    problems: [],
  };
}
