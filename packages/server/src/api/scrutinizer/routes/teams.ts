import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { OrganizationAccess } from '../../../domain/access/index.js';
import { countTeamMembers, createTeam, deleteTeam, listTeams, type Team } from '../../../domain/teams/index.js';
import type { SurfaceOptions } from '../../surface.js';
import { organizationOf, teamOf } from '../caller.js';
import { halListRoute } from '../hal.js';
import { AuthQuery, Link, OrganizationParams, routeSchema, TeamParams } from '../schemas.js';
import { organizationPath, scrutinizerDate, teamPath } from '../views.js';

const TeamSchema = Type.Object({
  name: Type.String(),
  created_at: Type.String(),
  uuid: Type.String(),
  _links: Type.Object({ self: Link, members: Link, permissions: Link }),
});
const TeamWithCountSchema = Type.Object({ member_count: Type.Integer(), ...TeamSchema.properties });

function teamJson(access: OrganizationAccess) {
  return (team: Team) => {
    const self = teamPath(access, team);
    return {
      name: team.name,
      created_at: scrutinizerDate(team.createdAt),
      uuid: team.uuid,
      _links: {
        self: { href: self },
        members: { href: `${self}/members` },
        permissions: { href: `${self}/permissions` },
      },
    };
  };
}

export async function teamRoutes(parent: FastifyInstance, { store }: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = store;
  halListRoute(app, '/organizations/:slug/teams', {
    summary: 'List teams',
    params: Type.Object(OrganizationParams),
    key: 'teams',
    item: TeamSchema,
    async page(request, window) {
      const access = await organizationOf(db, request);
      const result = await listTeams(db, access, window);
      return { path: `${organizationPath(access)}/teams`, result, render: teamJson(access) };
    },
  });

  app.post(
    '/organizations/:slug/teams',
    {
      schema: routeSchema({
        summary: 'Create a team',
        params: Type.Object(OrganizationParams),
        querystring: AuthQuery,
        body: Type.Object({ name: Type.String({ minLength: 1 }) }),
        response: { 201: TeamWithCountSchema },
      }),
    },
    async (request, reply) => {
      const access = await organizationOf(db, request);
      const team = await createTeam(db, access, { name: request.body.name });
      return reply.status(201).send({ member_count: 0, ...teamJson(access)(team) });
    },
  );

  app.get(
    '/organizations/:slug/teams/:teamUuid',
    {
      schema: routeSchema({
        summary: 'View a team',
        params: Type.Object(TeamParams),
        querystring: AuthQuery,
        response: { 200: TeamWithCountSchema },
      }),
    },
    async (request) => {
      const { access, team } = await teamOf(db, request);
      return { member_count: await countTeamMembers(db, access, team), ...teamJson(access)(team) };
    },
  );

  app.delete(
    '/organizations/:slug/teams/:teamUuid',
    {
      schema: routeSchema({
        summary: 'Delete a team and every permission it had',
        params: Type.Object(TeamParams),
        querystring: AuthQuery,
        response: { 200: Type.Object({}) },
      }),
    },
    async (request) => {
      const access = await organizationOf(db, request);
      await deleteTeam(db, access, request.params.teamUuid);
      return {};
    },
  );
}
