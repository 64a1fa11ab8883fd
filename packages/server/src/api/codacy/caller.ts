import type { FastifyInstance, FastifyRequest, preHandlerHookHandler } from 'fastify';
import { authenticate } from '../../auth/index.js';
import {
  authorize,
  organizationAccess,
  type Action,
  type OrganizationAccess,
  type Principal,
} from '../../domain/access/index.js';
import type { Store } from '../../store/index.js';
import { callerSlot } from '../caller.js';
import { registerInputGuard } from '../input-guard.js';
import { codacyError } from './errors.js';
import type { CodacyProvider } from './providers.js';

/** The path parameters every organization route has. */
export interface OrganizationParams {
  provider: CodacyProvider;
  remoteOrganizationName: string;
}

const principal = callerSlot<Principal>('the Codacy credential hook');
const caller = callerSlot<OrganizationAccess>('organizationAccessOf()');
export const callerOf = caller.of;

/** Every route takes an account API token (a Plumb user token), checked before the request's fields; else 401. */
export function registerCodacyCaller(app: FastifyInstance, store: Store): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (request.is404) return;
    const authentication = await authenticate(store.db, request);
    if (authentication.outcome === 'missing')
      throw codacyError(401, 'An account API token is required in the api-token header');
    if (authentication.outcome === 'invalid') throw codacyError(401, 'The API token is invalid, expired or revoked');
    if (authentication.principal.tokenKind !== 'user')
      throw codacyError(401, 'This endpoint needs an account API token, not a repository or organization token');
    principal.set(request, authentication.principal);
  });
  registerInputGuard(app);
}

/**
 * Then, with valid parameters: the organization, which must be one of the caller's (404 otherwise), and, where
 * the route names one, the domain action the caller's role must allow (403 otherwise).
 */
export function organizationAccessOf(store: Store, action?: Action): preHandlerHookHandler {
  return async (request) => {
    const { remoteOrganizationName } = request.params as OrganizationParams;
    const access = await organizationAccess(store.db, principal.of(request), remoteOrganizationName);
    if (action) authorize(access, action);
    caller.set(request, access);
  };
}
