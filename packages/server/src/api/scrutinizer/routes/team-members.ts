import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { addTeamMemberByEmail, listTeamMembers, removeTeamMember } from '../../../domain/teams/index.js';
import type { User } from '../../../domain/users/index.js';
import type { SurfaceOptions } from '../../surface.js';
import { teamOf } from '../caller.js';
import { halListRoute } from '../hal.js';
import { AuthQuery, routeSchema, TeamParams } from '../schemas.js';
import { teamPath } from '../views.js';

const TeamMemberSchema = Type.Object({ display_name: Type.String(), email: Type.String(), uuid: Type.String() });

const teamMemberJson = (user: User) => ({ display_name: user.displayName, email: user.email, uuid: user.uuid });

export async function teamMemberRoutes(parent: FastifyInstance, { store }: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = store;
  halListRoute(app, '/organizations/:slug/teams/:teamUuid/members', {
    summary: 'List team members',
    params: Type.Object(TeamParams),
    key: 'members',
    item: TeamMemberSchema,
    async page(request, window) {
      const { access, team } = await teamOf(db, request);
      const result = await listTeamMembers(db, access, team, window);
      return { path: `${teamPath(access, team)}/members`, result, render: teamMemberJson };
    },
  });

  app.put(
    '/organizations/:slug/teams/:teamUuid/members',
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
      const { access, team } = await teamOf(db, request);
      return teamMemberJson(await addTeamMemberByEmail(db, access, team, request.body.email));
    },
  );

  app.delete(
    '/organizations/:slug/teams/:teamUuid/members/:userUuid',
    {
      schema: routeSchema({
        summary: 'Remove a team member',
        params: Type.Object({ ...TeamParams, userUuid: Type.String({ minLength: 1 }) }),
        querystring: AuthQuery,
        response: { 200: Type.Object({}) },
      }),
    },
    async (request) => {
      const { access, team } = await teamOf(db, request);
      await removeTeamMember(db, access, team, request.params.userUuid);
      return {};
    },
  );
}
