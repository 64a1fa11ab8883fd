import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { findConfig, listConfigs } from '../../../domain/configs/index.js';
import { listReadableRepositories } from '../../../domain/projects/index.js';
import type { SurfaceOptions } from '../../surface.js';
import { callerOf } from '../caller.js';
import { halListRoute } from '../hal.js';
import { AuthQuery, ConfigDetailsSchema, ConfigSchema, RepositorySchema, routeSchema } from '../schemas.js';
import { configDetailsJson, configJson, repositoryJson } from '../views.js';

/** Where the user's configurations are linked from: the surface's paths as a client sees them, under `/api`. */
const USER_CONFIGS_HREF = '/api/user/configs';

export async function userRoutes(parent: FastifyInstance, { store }: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = store;

  halListRoute(app, '/user/repositories', {
    summary: 'List the repositories the user can access',
    description:
      "The user's own repositories, every repository of their organizations (all roles but billing), " +
      'and those their teams may access.',
    key: 'repositories',
    item: RepositorySchema,
    async page(request, window) {
      const result = await listReadableRepositories(db, callerOf(request), window);
      return { path: '/api/user/repositories', result, render: repositoryJson };
    },
  });

  halListRoute(app, '/user/configs', {
    summary: "List the user's configurations",
    key: 'configs',
    item: ConfigSchema,
    async page(request, window) {
      const result = await listConfigs(db, callerOf(request), window);
      return { path: USER_CONFIGS_HREF, result, render: configJson(USER_CONFIGS_HREF) };
    },
  });

  app.get(
    '/user/configs/:configUuid',
    {
      schema: routeSchema({
        summary: "View one of the user's configurations",
        params: Type.Object({ configUuid: Type.String({ minLength: 1 }) }),
        querystring: AuthQuery,
        response: { 200: ConfigDetailsSchema },
      }),
    },
    async (request) =>
      configDetailsJson(USER_CONFIGS_HREF, await findConfig(db, callerOf(request), request.params.configUuid)),
  );
}
