import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { listMembers, putMemberByEmail, removeMember, type Member } from '../../../domain/orgs/index.js';
import type { SurfaceOptions } from '../../surface.js';
import { organizationOf } from '../caller.js';
import { halListRoute } from '../hal.js';
import { plumbRoleFor, SCRUTINIZER_ROLES, scrutinizerRoleOf } from '../roles.js';
import { AuthQuery, OrganizationParams, routeSchema } from '../schemas.js';
import { organizationPath, scrutinizerDate } from '../views.js';

export const UserSchema = Type.Object({ display_name: Type.String(), uuid: Type.String(), email: Type.String() });
const MembershipSchema = Type.Object({
  created_at: Type.String(),
  user: UserSchema,
  role: Type.Enum(SCRUTINIZER_ROLES),
});

const membershipJson = ({ membership, user }: Member) => ({
  created_at: scrutinizerDate(membership.createdAt),
  user: { display_name: user.displayName, uuid: user.uuid, email: user.email },
  role: scrutinizerRoleOf(membership.role),
});

export async function memberRoutes(parent: FastifyInstance, { store }: SurfaceOptions): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = store;

  halListRoute(app, '/organizations/:slug/members', {
    summary: 'List organization members',
    params: Type.Object(OrganizationParams),
    key: 'memberships',
    item: MembershipSchema,
    async page(request, window) {
      const access = await organizationOf(db, request);
      const result = await listMembers(db, access, {}, window);
      return { path: `${organizationPath(access)}/members`, result, render: membershipJson };
    },
  });

  app.put(
    '/organizations/:slug/members',
    {
      schema: routeSchema({
        summary: 'Add or update an organization member by email',
        description:
          'Roles: admin (Plumb OWNER), master (ADMIN), billing (BILLING), member (VIEWER, or an existing EDITOR). ' +
          'An unknown email becomes an invited user.',
        params: Type.Object(OrganizationParams),
        querystring: AuthQuery,
        body: Type.Object({
          email: Type.String({ minLength: 1 }),
          role: Type.Optional(Type.Enum(SCRUTINIZER_ROLES, { default: 'member' })),
        }),
        response: { 200: MembershipSchema },
      }),
    },
    async (request) => {
      const access = await organizationOf(db, request);
      const member = await putMemberByEmail(db, access, {
        email: request.body.email,
        chooseRole: plumbRoleFor(request.body.role ?? 'member'),
      });
      return membershipJson(member);
    },
  );

  app.delete(
    '/organizations/:slug/members/:userUuid',
    {
      schema: routeSchema({
        summary: "Remove an organization member, with their place in the organization's teams",
        params: Type.Object({ ...OrganizationParams, userUuid: Type.String({ minLength: 1 }) }),
        querystring: AuthQuery,
        response: { 200: Type.Object({}) },
      }),
    },
    async (request) => {
      const access = await organizationOf(db, request);
      await removeMember(db, access, request.params.userUuid);
      return {};
    },
  );
}
