import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { decodeProjectCursor, listOrganizationProjectsPage } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { authenticateAccount, authorizeOrganization, callerOf } from './caller.js';
import { PLUMB_PROVIDER } from './providers.js';
import { repositoryView } from './repository-view.js';
import { ERROR_RESPONSES, OrganizationParams, RepositoryListResponse } from './schemas.js';

export const DEFAULT_REPOSITORIES_LIMIT = 100;

/** GET /organizations/{provider}/{remoteOrganizationName}/repositories: the organization's repositories of that provider, by name. */
export async function repositoryRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/organizations/:provider/:remoteOrganizationName/repositories',
    {
      onRequest: authenticateAccount(store),
      preHandler: authorizeOrganization(store, { manage: false }),
      schema: {
        tags: ['codacy'],
        operationId: 'codacyListOrganizationRepositories',
        summary:
          "The organization's repositories of the provider (gh/ghe GitHub, gl/gle GitLab, bb/bbe Bitbucket), by name; any member",
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
      const { access } = callerOf(request);
      const { provider } = request.params;
      const limit = request.query.limit ?? DEFAULT_REPOSITORIES_LIMIT;
      const search = request.query.search?.trim() || undefined;
      const after = request.query.cursor ? decodeProjectCursor(request.query.cursor) : undefined;
      const page = await listOrganizationProjectsPage(store.db, access.organization.id, {
        providers: [PLUMB_PROVIDER[provider]],
        limit,
        ...(after ? { after } : {}),
        ...(search ? { search } : {}),
      });
      return {
        data: page.projects.map((project) => repositoryView(project, provider, access.organization.slug, access.role)),
        pagination: { ...(page.nextCursor ? { cursor: page.nextCursor } : {}), limit, total: page.total },
      };
    },
  );
}
