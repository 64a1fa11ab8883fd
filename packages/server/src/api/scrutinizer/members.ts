import { Type } from 'typebox';
import { listMembers, putMemberByEmail, removeMember, type Member } from '../../domain/index.js';
import { scrutinizerDate } from './dates.js';
import { halPage, halPageSchema, PageQuery, pageWindow } from './hal.js';
import { AuthQuery, OrganizationParams, organizationOfRequest, organizationPath } from './org-access.js';
import { plumbRoleFor, SCRUTINIZER_ROLES, scrutinizerRoleOf } from './roles.js';
import { routeSchema, type RouteDeps, type ScrutinizerApp } from './route-schema.js';

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

export function memberRoutes(app: ScrutinizerApp, { db }: RouteDeps): void {
  app.get(
    '/api/organizations/:slug/members',
    {
      schema: routeSchema({
        summary: 'List organization members',
        params: Type.Object(OrganizationParams),
        querystring: PageQuery,
        response: { 200: halPageSchema('memberships', MembershipSchema) },
      }),
    },
    async (request) => {
      const access = await organizationOfRequest(db, request);
      const window = pageWindow(request.query);
      const members = await listMembers(db, access.organization.id, window);
      return halPage(`${organizationPath(access)}/members`, 'memberships', window, members, membershipJson);
    },
  );

  app.put(
    '/api/organizations/:slug/members',
    {
      schema: routeSchema({
        summary: 'Add or update an organization member by email',
        description:
          'Roles: admin (Plumb OWNER), master (ADMIN), billing (BILLING), member (VIEWER, or an existing EDITOR). An unknown email becomes an invited user.',
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
      const access = await organizationOfRequest(db, request);
      const member = await putMemberByEmail(db, access, {
        email: request.body.email,
        chooseRole: plumbRoleFor(request.body.role ?? 'member'),
      });
      return membershipJson(member);
    },
  );

  app.delete(
    '/api/organizations/:slug/members/:userUuid',
    {
      schema: routeSchema({
        summary: "Remove an organization member, with their place in the organization's teams",
        params: Type.Object({ ...OrganizationParams, userUuid: Type.String({ minLength: 1 }) }),
        querystring: AuthQuery,
        response: { 200: Type.Object({}) },
      }),
    },
    async (request) => {
      const access = await organizationOfRequest(db, request);
      await removeMember(db, access, request.params.userUuid);
      return {};
    },
  );
}
