import { Type, type Static } from 'typebox';
import type { Repository } from '../../domain/index.js';
import { scrutinizerDate } from './dates.js';
import { Link } from './hal.js';
import { repositoryHref } from './repository-paths.js';

const OrganizationRef = Type.Object({ slug: Type.String(), name: Type.String() });

/** A repository as Scrutinizer renders it; the fields naming it depend on its type (g, b, gl, gp). */
export const RepositorySchema = Type.Object({
  type: Type.Union([Type.Literal('g'), Type.Literal('b'), Type.Literal('gl'), Type.Literal('gp')]),
  created_at: Type.String(),
  private: Type.Boolean(),
  default_branch: Type.String(),
  applications: Type.Object(
    {},
    { additionalProperties: true, description: 'Latest index per branch; empty until analyses exist.' },
  ),
  development_report_settings: Type.Object({
    enabled: Type.Boolean(),
    weekday: Type.Integer(),
    hour: Type.Integer(),
    timezone: Type.String(),
  }),
  branch_settings: Type.Object({ tracked_branches: Type.Array(Type.String()) }),
  login: Type.Optional(Type.String({ description: 'GitHub' })),
  username: Type.Optional(Type.String({ description: 'Bitbucket' })),
  repo_slug: Type.Optional(Type.String({ description: 'Bitbucket' })),
  instance_slug: Type.Optional(Type.String({ description: 'GitLab' })),
  namespace: Type.Optional(Type.String({ description: 'GitLab' })),
  name: Type.Optional(Type.String({ description: 'GitHub, GitLab and plain git' })),
  _links: Type.Object({ self: Link }),
  _embedded: Type.Optional(Type.Object({ organization: OrganizationRef })),
});
export type RepositoryJson = Static<typeof RepositorySchema>;

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
