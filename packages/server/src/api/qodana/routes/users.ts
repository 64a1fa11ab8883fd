import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Role } from '../../../domain/access/index.js';
import { listMembers } from '../../../domain/orgs/index.js';
import type { User } from '../../../domain/users/index.js';
import type { Store } from '../../../store/index.js';
import { ACCESS, callerOf, routeAccess } from '../caller.js';
import { qodanaRole } from '../roles.js';
import { ERROR_RESPONSES, PaginatedListOrganizationUser, type OrganizationUser } from '../schemas.js';

export const DEFAULT_USERS_LIMIT = 100;
export const MAX_USERS_LIMIT = 1000;

const UsersQuery = Type.Object({
  offset: Type.Optional(
    Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER, description: 'How many users to skip (default 0)' }),
  ),
  limit: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: MAX_USERS_LIMIT,
      description: `How many users to return (default ${DEFAULT_USERS_LIMIT})`,
    }),
  ),
  order: Type.Optional(
    Type.Unsafe<string>({
      type: 'string',
      enum: ['ASC', 'DESC', 'asc', 'desc'],
      description: 'Sort by email: ASC (default) or DESC',
    }),
  ),
  search: Type.Optional(
    Type.String({ maxLength: 254, description: 'Only users whose email or display name contains this text, any case' }),
  ),
});

/** Where an invitation is accepted: on this server, whatever address the caller reached it by. */
function invitationUrl(request: FastifyRequest, invitationId: string): string {
  return `${request.protocol}://${request.host}/invite/${invitationId}`;
}

function organizationUser(request: FastifyRequest, user: User, role: Role): OrganizationUser {
  return {
    id: user.uuid,
    email: user.email,
    displayName: user.displayName,
    role: qodanaRole(role),
    isActive: user.status === 'active',
    isSsoManaged: false,
    ...(user.invitationId
      ? { invitationId: user.invitationId, invitationUrl: invitationUrl(request, user.invitationId) }
      : {}),
  };
}

/** GET /users: the organization's members, a chunk at a time (`offset`, `limit`), by email, optionally filtered. */
export async function userRoutes(parent: FastifyInstance, { store }: { store: Store }): Promise<void> {
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();

  app.get(
    '/users',
    {
      config: routeAccess(ACCESS.listUsers),
      schema: {
        tags: ['qodana'],
        operationId: 'qodanaGetOrganizationUsers',
        summary:
          'Members of the organization, with invitation links for invited ones. ' +
          'Needs an OWNER or ADMIN organization token.',
        description:
          '`count` is the number of items returned, `next` the offset to fetch the next chunk from ' +
          '(offset + count, on the last chunk too, as the vendor sends it), ' +
          '`prev` the offset of the previous chunk (0 on the first).',
        security: [{ bearer: [] }],
        querystring: UsersQuery,
        response: { 200: PaginatedListOrganizationUser, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const offset = request.query.offset ?? 0;
      const limit = request.query.limit ?? DEFAULT_USERS_LIMIT;
      const order = request.query.order?.toUpperCase() === 'DESC' ? 'desc' : 'asc';
      const search = request.query.search?.trim() || undefined;
      const { items: members } = await listMembers(
        store.db,
        callerOf(request),
        { order, ...(search ? { search } : {}) },
        { offset, limit },
      );
      return {
        count: members.length,
        // The seed shows `next` = offset + count even for a whole organization in one chunk: a script stops on count 0.
        next: offset + members.length,
        prev: Math.max(0, offset - limit),
        items: members.map(({ user, membership }) => organizationUser(request, user, membership.role)),
      };
    },
  );
}
