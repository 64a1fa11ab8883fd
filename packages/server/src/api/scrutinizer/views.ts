import type { OrganizationAccess } from '../../domain/access/index.js';
import type { NamedConfig } from '../../domain/configs/index.js';
import type { Repository } from '../../domain/projects/index.js';
import type { Team } from '../../domain/teams/index.js';
import { repositoryHref } from './paths.js';
import type { RepositoryJson } from './schemas.js';

/**
 * Scrutinizer's timestamps: ISO 8601 in UTC without fractions, offset written `+0000`
 * (e.g. 2015-01-27T09:27:16+0000).
 */
export function scrutinizerDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '+0000');
}

export const organizationPath = (access: OrganizationAccess): string =>
  `/api/organizations/${encodeURIComponent(access.organization.slug)}`;

export const teamPath = (access: OrganizationAccess, team: Team): string =>
  `${organizationPath(access)}/teams/${team.uuid}`;

/** Weekly development reports, Monday 08:00 UTC: Scrutinizer's default until report settings are stored. */
const DEVELOPMENT_REPORT_SETTINGS = { enabled: true, weekday: 1, hour: 8, timezone: 'UTC' };

function namingFields(repository: Repository): Partial<RepositoryJson> {
  switch (repository.provider) {
    case 'g':
      return { login: repository.owner, name: repository.name };
    case 'b':
      return { username: repository.owner, repo_slug: repository.name };
    case 'gl':
      return { instance_slug: repository.instance, namespace: repository.owner, name: repository.name };
    case 'gp':
      return { name: repository.name };
  }
}

export function repositoryJson(repository: Repository): RepositoryJson {
  return {
    type: repository.provider,
    created_at: scrutinizerDate(repository.createdAt),
    private: repository.private,
    default_branch: repository.defaultBranch,
    applications: {},
    development_report_settings: { ...DEVELOPMENT_REPORT_SETTINGS },
    branch_settings: { tracked_branches: [...repository.trackedBranches] },
    ...namingFields(repository),
    _links: { self: { href: repositoryHref(repository) } },
    ...(repository.organization ? { _embedded: { organization: repository.organization } } : {}),
  };
}

/** `basePath` is the list's path (`/api/organizations/{slug}/configs` or `/api/user/configs`). */
export function configJson(basePath: string) {
  return (config: NamedConfig) => ({
    created_at: scrutinizerDate(config.createdAt),
    // Configurations are not edited in place yet, so they were last modified when created.
    modified_at: scrutinizerDate(config.createdAt),
    name: config.name,
    uuid: config.uuid,
    _links: { self: { href: `${basePath}/${config.uuid}` } },
  });
}

export function configDetailsJson(basePath: string, config: NamedConfig) {
  return { ...configJson(basePath)(config), config: config.yaml };
}
