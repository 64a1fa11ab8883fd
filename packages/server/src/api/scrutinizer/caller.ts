import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate } from '../../auth/index.js';
import {
  organizationAccess,
  personalAccess,
  type OrganizationAccess,
  type PersonalAccess,
} from '../../domain/access/index.js';
import { findTeam, type Team } from '../../domain/teams/index.js';
import type { Executor } from '../../store/index.js';
import { callerSlot } from '../caller.js';
import { registerInputGuard } from '../input-guard.js';
import { scrutinizerError } from './errors.js';

/** A caller of this surface: always a user, since Scrutinizer authenticates with user access tokens. */
const caller = callerSlot<PersonalAccess>('the Scrutinizer credential hook');
export const callerOf = caller.of;

/** Refuses, with 401 `{message}`, any request without a valid user access token (`?access_token=`). */
export function registerScrutinizerCaller(app: FastifyInstance, db: Executor): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const result = await authenticate(db, request);
    if (result.outcome === 'missing')
      throw scrutinizerError(401, 'authentication required: append ?access_token=<your access token>');
    if (result.outcome === 'invalid') throw scrutinizerError(401, 'the access token is invalid, expired or revoked');
    if (!result.principal.user) throw scrutinizerError(401, 'this API takes a user access token');
    caller.set(request, personalAccess(result.principal));
  });
  registerInputGuard(app);
}

/** The organization named by `{slug}` as the caller may act in it; one they are not a member of is 404. */
export function organizationOf(db: Executor, request: FastifyRequest): Promise<OrganizationAccess> {
  const { slug } = request.params as { slug: string };
  return organizationAccess(db, callerOf(request).principal, slug);
}

/** The organization and its team `{teamUuid}`; a team of another organization is 404. */
export async function teamOf(
  db: Executor,
  request: FastifyRequest,
): Promise<{ access: OrganizationAccess; team: Team }> {
  const access = await organizationOf(db, request);
  const { teamUuid } = request.params as { teamUuid: string };
  return { access, team: await findTeam(db, access, teamUuid) };
}
