import { Type } from 'typebox';
import { findConfig, listConfigsPage, listReadableRepositories } from '../../domain/index.js';
import { callerOf } from './auth.js';
import { ConfigDetailsSchema, configDetailsJson, ConfigSchema, configJson } from './config-wire.js';
import { halPage, halPageSchema, PageQuery, pageWindow } from './hal.js';
import { AuthQuery } from './org-access.js';
import { repositoryJson, RepositorySchema } from './repository-wire.js';
import { routeSchema, type RouteDeps, type ScrutinizerApp } from './route-schema.js';

const USER_CONFIGS = '/api/user/configs';

export function userRoutes(app: ScrutinizerApp, { db }: RouteDeps): void {
  app.get(
    '/api/user/repositories',
    {
      schema: routeSchema({
        summary: 'List the repositories the user can access',
        description:
          "The user's own repositories, every repository of their organizations (all roles but billing), and those their teams may access.",
        querystring: PageQuery,
        response: { 200: halPageSchema('repositories', RepositorySchema) },
      }),
    },
    async (request) => {
      const window = pageWindow(request.query);
      const repositories = await listReadableRepositories(db, callerOf(request).user.id, window);
      return halPage('/api/user/repositories', 'repositories', window, repositories, repositoryJson);
    },
  );

  app.get(
    USER_CONFIGS,
    {
      schema: routeSchema({
        summary: "List the user's configurations",
        querystring: PageQuery,
        response: { 200: halPageSchema('configs', ConfigSchema) },
      }),
    },
    async (request) => {
      const window = pageWindow(request.query);
      return halPage(
        USER_CONFIGS,
        'configs',
        window,
        await listConfigsPage(db, { userId: callerOf(request).user.id }, window),
        configJson(USER_CONFIGS),
      );
    },
  );

  app.get(
    `${USER_CONFIGS}/:configUuid`,
    {
      schema: routeSchema({
        summary: "View one of the user's configurations",
        params: Type.Object({ configUuid: Type.String({ minLength: 1 }) }),
        querystring: AuthQuery,
        response: { 200: ConfigDetailsSchema },
      }),
    },
    async (request) =>
      configDetailsJson(
        USER_CONFIGS,
        await findConfig(db, { userId: callerOf(request).user.id }, request.params.configUuid),
      ),
  );
}
