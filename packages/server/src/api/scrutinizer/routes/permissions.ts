import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import {
  listTeamPermissions,
  putTeamPermission,
  removeTeamPermission,
  type TeamPermission,
} from '../../../domain/teams/index.js';
import type { SurfaceOptions } from '../../surface.js';
import { teamOf } from '../caller.js';
import { halListRoute } from '../hal.js';
import { repositoryPathForms } from '../paths.js';
import { AuthQuery, Link, RepositorySchema, routeSchema, TeamParams } from '../schemas.js';
import { repositoryJson, teamPath } from '../views.js';

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

export async function permissionRoutes(parent: FastifyInstance, { store }: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = store;
  halListRoute(app, '/organizations/:slug/teams/:teamUuid/permissions', {
    summary: "List a team's repository permissions",
    params: Type.Object(TeamParams),
    key: 'permissions',
    item: PermissionSchema,
    async page(request, window) {
      const { access, team } = await teamOf(db, request);
      const result = await listTeamPermissions(db, access, team, window);
      return { path: `${teamPath(access, team)}/permissions`, result, render: permissionJson };
    },
  });

  for (const form of repositoryPathForms('name')) {
    const url = `/organizations/:slug/teams/:teamUuid/permissions/${form.path}`;
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
        const { access, team } = await teamOf(db, request);
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
        const { access, team } = await teamOf(db, request);
        await removeTeamPermission(db, access, team, form.identity(request.params as Record<string, string>));
        return {};
      },
    );
  }
}
