import { Type } from 'typebox';
import {
  countTeamMembers,
  createTeamAs,
  deleteTeam,
  listTeamsPage,
  type OrganizationAccess,
  type Team,
} from '../../domain/index.js';
import { scrutinizerDate } from './dates.js';
import { halPage, halPageSchema, Link, PageQuery, pageWindow } from './hal.js';
import { AuthQuery, OrganizationParams, organizationOfRequest, organizationPath } from './org-access.js';
import { routeSchema, type RouteDeps, type ScrutinizerApp } from './route-schema.js';
import { TeamParams, teamOfRequest, teamPath } from './team-access.js';

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

export function teamRoutes(app: ScrutinizerApp, { db }: RouteDeps): void {
  app.get(
    '/api/organizations/:slug/teams',
    {
      schema: routeSchema({
        summary: 'List teams',
        params: Type.Object(OrganizationParams),
        querystring: PageQuery,
        response: { 200: halPageSchema('teams', TeamSchema) },
      }),
    },
    async (request) => {
      const access = await organizationOfRequest(db, request);
      const window = pageWindow(request.query);
      return halPage(
        `${organizationPath(access)}/teams`,
        'teams',
        window,
        await listTeamsPage(db, access.organization.id, window),
        teamJson(access),
      );
    },
  );

  app.post(
    '/api/organizations/:slug/teams',
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
      const access = await organizationOfRequest(db, request);
      const team = await createTeamAs(db, access, { name: request.body.name });
      return reply.status(201).send({ member_count: 0, ...teamJson(access)(team) });
    },
  );

  app.get(
    '/api/organizations/:slug/teams/:teamUuid',
    {
      schema: routeSchema({
        summary: 'View a team',
        params: Type.Object(TeamParams),
        querystring: AuthQuery,
        response: { 200: TeamWithCountSchema },
      }),
    },
    async (request) => {
      const { access, team } = await teamOfRequest(db, request);
      return { member_count: await countTeamMembers(db, team.id), ...teamJson(access)(team) };
    },
  );

  app.delete(
    '/api/organizations/:slug/teams/:teamUuid',
    {
      schema: routeSchema({
        summary: 'Delete a team and every permission it had',
        params: Type.Object(TeamParams),
        querystring: AuthQuery,
        response: { 200: Type.Object({}) },
      }),
    },
    async (request) => {
      const access = await organizationOfRequest(db, request);
      await deleteTeam(db, access, request.params.teamUuid);
      return {};
    },
  );
}
