import { Type } from 'typebox';
import { addTeamMemberByEmail, listTeamMembers, removeTeamMember, type User } from '../../domain/index.js';
import { halPage, halPageSchema, PageQuery, pageWindow } from './hal.js';
import { AuthQuery } from './org-access.js';
import { routeSchema, type RouteDeps, type ScrutinizerApp } from './route-schema.js';
import { TeamParams, teamOfRequest, teamPath } from './team-access.js';

const TeamMemberSchema = Type.Object({ display_name: Type.String(), email: Type.String(), uuid: Type.String() });

const teamMemberJson = (user: User) => ({ display_name: user.displayName, email: user.email, uuid: user.uuid });

export function teamMemberRoutes(app: ScrutinizerApp, { db }: RouteDeps): void {
  app.get(
    '/api/organizations/:slug/teams/:teamUuid/members',
    {
      schema: routeSchema({
        summary: 'List team members',
        params: Type.Object(TeamParams),
        querystring: PageQuery,
        response: { 200: halPageSchema('members', TeamMemberSchema) },
      }),
    },
    async (request) => {
      const { access, team } = await teamOfRequest(db, request);
      const window = pageWindow(request.query);
      return halPage(
        `${teamPath(access, team)}/members`,
        'members',
        window,
        await listTeamMembers(db, team, window),
        teamMemberJson,
      );
    },
  );

  app.put(
    '/api/organizations/:slug/teams/:teamUuid/members',
    {
      schema: routeSchema({
        summary: 'Add a team member by email',
        description:
          'Someone outside the organization joins it as a member first; an unknown email becomes an invited user.',
        params: Type.Object(TeamParams),
        querystring: AuthQuery,
        body: Type.Object({ email: Type.String({ minLength: 1 }) }),
        response: { 200: TeamMemberSchema },
      }),
    },
    async (request) => {
      const { access, team } = await teamOfRequest(db, request);
      return teamMemberJson(await addTeamMemberByEmail(db, access, team, request.body.email));
    },
  );

  app.delete(
    '/api/organizations/:slug/teams/:teamUuid/members/:userUuid',
    {
      schema: routeSchema({
        summary: 'Remove a team member',
        params: Type.Object({ ...TeamParams, userUuid: Type.String({ minLength: 1 }) }),
        querystring: AuthQuery,
        response: { 200: Type.Object({}) },
      }),
    },
    async (request) => {
      const { access, team } = await teamOfRequest(db, request);
      await removeTeamMember(db, access, team, request.params.userUuid);
      return {};
    },
  );
}
