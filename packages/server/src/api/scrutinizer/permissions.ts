import { Type } from 'typebox';
import {
  listTeamPermissions,
  putTeamPermission,
  removeTeamPermission,
  type TeamPermission,
} from '../../domain/index.js';
import { halPage, halPageSchema, Link, PageQuery, pageWindow } from './hal.js';
import { AuthQuery } from './org-access.js';
import { repositoryPathForms } from './repository-paths.js';
import { repositoryJson, RepositorySchema } from './repository-wire.js';
import { routeSchema, type RouteDeps, type ScrutinizerApp } from './route-schema.js';
import { TeamParams, teamOfRequest, teamPath } from './team-access.js';

const ACCESS_LEVELS = ['admin', 'developer', 'view'] as const;

const PermissionSchema = Type.Object({
  access: Type.Enum(ACCESS_LEVELS),
  _links: Type.Object({ repository: Link }),
  _embedded: Type.Object({ repository: RepositorySchema }),
});

function permissionJson(permission: TeamPermission) {
  const repository = repositoryJson(permission.repository);
  return { access: permission.access, _links: { repository: repository._links.self }, _embedded: { repository } };
}

export function permissionRoutes(app: ScrutinizerApp, { db }: RouteDeps): void {
  app.get(
    '/api/organizations/:slug/teams/:teamUuid/permissions',
    {
      schema: routeSchema({
        summary: "List a team's repository permissions",
        params: Type.Object(TeamParams),
        querystring: PageQuery,
        response: { 200: halPageSchema('permissions', PermissionSchema) },
      }),
    },
    async (request) => {
      const { access, team } = await teamOfRequest(db, request);
      const window = pageWindow(request.query);
      return halPage(
        `${teamPath(access, team)}/permissions`,
        'permissions',
        window,
        await listTeamPermissions(db, team, window),
        permissionJson,
      );
    },
  );

  for (const form of repositoryPathForms('name')) {
    const url = `/api/organizations/:slug/teams/:teamUuid/permissions/${form.path}`;
    const params = Type.Object({ ...TeamParams, ...form.params });
    app.put(
      url,
      {
        schema: routeSchema({
          summary: `Grant or change a team's access to a repository (${form.provider})`,
          params,
          querystring: AuthQuery,
          body: Type.Object({ access: Type.Enum(ACCESS_LEVELS) }),
          response: { 200: PermissionSchema },
        }),
      },
      async (request) => {
        const { access, team } = await teamOfRequest(db, request);
        const identity = form.identity(request.params as Record<string, string>);
        return permissionJson(await putTeamPermission(db, access, team, identity, request.body.access));
      },
    );
    app.delete(
      url,
      {
        schema: routeSchema({
          summary: `Remove a team's access to a repository (${form.provider})`,
          params,
          querystring: AuthQuery,
          response: { 200: Type.Object({}) },
        }),
      },
      async (request) => {
        const { access, team } = await teamOfRequest(db, request);
        await removeTeamPermission(db, access, team, form.identity(request.params as Record<string, string>));
        return {};
      },
    );
  }
}
