import { Type } from 'typebox';
import {
  associateRepository,
  disassociateRepository,
  listOrganizationRepositories,
  parseQualifiedRepositoryName,
} from '../../domain/index.js';
import { callerOf } from './auth.js';
import { halPage, halPageSchema, PageQuery, pageWindow } from './hal.js';
import { AuthQuery, OrganizationParams, organizationOfRequest, organizationPath } from './org-access.js';
import { repositoryPathForms } from './repository-paths.js';
import { repositoryJson, RepositorySchema } from './repository-wire.js';
import { routeSchema, type RouteDeps, type ScrutinizerApp } from './route-schema.js';

export function organizationRepositoryRoutes(app: ScrutinizerApp, { db }: RouteDeps): void {
  app.get(
    '/api/organizations/:slug/repositories',
    {
      schema: routeSchema({
        summary: 'List the repositories associated with an organization',
        params: Type.Object(OrganizationParams),
        querystring: PageQuery,
        response: { 200: halPageSchema('repositories', RepositorySchema) },
      }),
    },
    async (request) => {
      const access = await organizationOfRequest(db, request);
      const window = pageWindow(request.query);
      const repositories = await listOrganizationRepositories(db, access.organization.id, window);
      return halPage(`${organizationPath(access)}/repositories`, 'repositories', window, repositories, repositoryJson);
    },
  );

  app.put(
    '/api/organizations/:slug/repositories',
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
      const access = await organizationOfRequest(db, request);
      const identity = parseQualifiedRepositoryName('repository', request.body.repository);
      const project = await associateRepository(db, access, callerOf(request).user.id, identity);
      const { slug, name } = access.organization;
      return repositoryJson({ ...project, organization: { slug, name } });
    },
  );

  for (const form of repositoryPathForms('name')) {
    app.delete(
      `/api/organizations/:slug/repositories/${form.path}`,
      {
        schema: routeSchema({
          summary: `Disassociate a repository from an organization without removing it (${form.provider})`,
          params: Type.Object({ ...OrganizationParams, ...form.params }),
          querystring: AuthQuery,
          response: { 200: Type.Object({}) },
        }),
      },
      async (request) => {
        const access = await organizationOfRequest(db, request);
        await disassociateRepository(
          db,
          access,
          callerOf(request).user.id,
          form.identity(request.params as Record<string, string>),
        );
        return {};
      },
    );
  }
}
