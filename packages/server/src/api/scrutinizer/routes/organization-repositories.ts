import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  associateRepository,
  disassociateRepository,
  listOrganizationRepositories,
  parseQualifiedRepositoryName,
} from '../../../domain/projects/index.js';
import type { SurfaceOptions } from '../../surface.js';
import { organizationOf } from '../caller.js';
import { halListRoute } from '../hal.js';
import { repositoryPathForms } from '../paths.js';
import { AuthQuery, OrganizationParams, RepositorySchema, routeSchema } from '../schemas.js';
import { organizationPath, repositoryJson } from '../views.js';

export async function organizationRepositoryRoutes(parent: FastifyInstance, { store }: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = store;
  halListRoute(app, '/organizations/:slug/repositories', {
    summary: 'List the repositories associated with an organization',
    params: Type.Object(OrganizationParams),
    key: 'repositories',
    item: RepositorySchema,
    async page(request, window) {
      const access = await organizationOf(db, request);
      const result = await listOrganizationRepositories(db, access, window);
      return { path: `${organizationPath(access)}/repositories`, result, render: repositoryJson };
    },
  });

  app.put(
    '/organizations/:slug/repositories',
    {
      schema: routeSchema({
        summary: 'Associate one of your repositories with an organization',
        params: Type.Object(OrganizationParams),
        querystring: AuthQuery,
        body: Type.Object({
          repository: Type.String({ minLength: 1, description: 'Qualified name, e.g. g/scrutinizer-ci/web' }),
        }),
        response: { 200: RepositorySchema },
      }),
    },
    async (request) => {
      const access = await organizationOf(db, request);
      const identity = parseQualifiedRepositoryName('repository', request.body.repository);
      return repositoryJson(await associateRepository(db, access, identity));
    },
  );

  for (const form of repositoryPathForms('name')) {
    app.delete(
      `/organizations/:slug/repositories/${form.path}`,
      {
        schema: routeSchema({
          summary: `Disassociate a repository from an organization without removing it (${form.provider})`,
          params: Type.Object({ ...OrganizationParams, ...form.params }),
          querystring: AuthQuery,
          response: { 200: Type.Object({}) },
        }),
      },
      async (request) => {
        const access = await organizationOf(db, request);
        await disassociateRepository(db, access, form.identity(request.params as Record<string, string>));
        return {};
      },
    );
  }
}
