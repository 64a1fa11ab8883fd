import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Role } from '../../../domain/access/index.js';
import { listProjects, type Project } from '../../../domain/projects/index.js';
import type { Store } from '../../../store/index.js';
import { callerOf, organizationAccessOf } from '../caller.js';
import { PLUMB_PROVIDER, type CodacyProvider } from '../providers.js';
import { ERROR_RESPONSES, OrganizationParams, RepositoryListResponse, type Repository } from '../schemas.js';

export const DEFAULT_REPOSITORIES_LIMIT = 100;

const PERMISSION: Record<Role, Repository['permission']> = {
  OWNER: 'admin',
  ADMIN: 'admin',
  EDITOR: 'write',
  VIEWER: 'read',
  BILLING: 'read',
};

/** A project as Codacy's `Repository`, seen by a member with the role; languages and problems come with analyses. */
function repositoryView(
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

/**
 * GET /organizations/{provider}/{remoteOrganizationName}/repositories: the organization's repositories of that
 * provider, by name.
 */
export async function repositoryRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/organizations/:provider/:remoteOrganizationName/repositories',
    {
      preHandler: organizationAccessOf(store),
      schema: {
        tags: ['codacy'],
        operationId: 'codacyListOrganizationRepositories',
        summary:
          "The organization's repositories of the provider (gh/ghe GitHub, gl/gle GitLab, bb/bbe Bitbucket), " +
          'by name; any member',
        security: [{ apiToken: [] }],
        params: OrganizationParams,
        querystring: Type.Object({
          cursor: Type.Optional(Type.String({ description: 'The `pagination.cursor` of the previous page' })),
          limit: Type.Optional(
            Type.Integer({
              minimum: 1,
              maximum: 100,
              description: `Page size, 1 to 100 (default ${DEFAULT_REPOSITORIES_LIMIT})`,
            }),
          ),
          search: Type.Optional(
            Type.String({ description: 'Only repositories whose name contains this text, any case' }),
          ),
        }),
        response: { 200: RepositoryListResponse, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const access = callerOf(request);
      const { provider } = request.params;
      const limit = request.query.limit ?? DEFAULT_REPOSITORIES_LIMIT;
      const search = request.query.search?.trim() || undefined;
      const page = await listProjects(
        store.db,
        access,
        { providers: [PLUMB_PROVIDER[provider]], ...(search ? { search } : {}) },
        { limit, ...(request.query.cursor ? { after: request.query.cursor } : {}) },
      );
      return {
        data: page.items.map((project) => repositoryView(project, provider, access.organization.slug, access.role)),
        pagination: { ...(page.nextCursor ? { cursor: page.nextCursor } : {}), limit, total: page.total },
      };
    },
  );
}
