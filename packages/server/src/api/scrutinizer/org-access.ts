import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { organizationForPrincipal, type OrganizationAccess } from '../../domain/index.js';
import type { Executor } from '../../store/index.js';
import { callerOf } from './auth.js';

export const OrganizationParams = { slug: Type.String({ minLength: 1, description: 'organization slug' }) };
export const AuthQuery = Type.Object({
  access_token: Type.Optional(Type.String({ description: 'A user access token.' })),
});

/** The organization named by `{slug}` as the caller sees it; one they are not a member of is 404. */
export function organizationOfRequest(db: Executor, request: FastifyRequest): Promise<OrganizationAccess> {
  const { slug } = request.params as { slug: string };
  return organizationForPrincipal(db, callerOf(request).principal, slug);
}

export const organizationPath = (access: OrganizationAccess): string =>
  `/api/organizations/${encodeURIComponent(access.organization.slug)}`;
