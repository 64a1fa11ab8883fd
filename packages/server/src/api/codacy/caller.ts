import type { FastifyRequest, onRequestHookHandler, preHandlerHookHandler } from 'fastify';
import { authenticate } from '../../auth/index.js';
import {
  MANAGING_ROLES,
  organizationForPrincipal,
  requireRole,
  type OrganizationAccess,
  type Principal,
} from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { CodacyError } from './errors.js';
import type { CodacyProvider } from './providers.js';

/** The path parameters every organization route has. */
export interface OrganizationParams {
  provider: CodacyProvider;
  remoteOrganizationName: string;
}

export interface CodacyCaller {
  principal: Principal;
  access: OrganizationAccess;
}

const principals = new WeakMap<FastifyRequest, Principal>();
const callers = new WeakMap<FastifyRequest, CodacyCaller>();

/** First, before validation: an account API token (a Plumb user token) or 401. */
export function authenticateAccount(store: Store): onRequestHookHandler {
  return async (request) => {
    const authentication = await authenticate(store.db, request);
    if (authentication.outcome === 'missing')
      throw new CodacyError(401, 'An account API token is required in the api-token header');
    if (authentication.outcome === 'invalid')
      throw new CodacyError(401, 'The API token is invalid, expired or revoked');
    if (authentication.principal.tokenKind !== 'user')
      throw new CodacyError(401, 'This endpoint needs an account API token, not a repository or organization token');
    principals.set(request, authentication.principal);
  };
}

/** Then, with valid parameters: the organization, which must be one of the caller's (404 otherwise), and the role. */
export function authorizeOrganization(store: Store, options: { manage: boolean }): preHandlerHookHandler {
  return async (request) => {
    const principal = principals.get(request);
    if (!principal) throw new Error('authorizeOrganization runs after authenticateAccount');
    const { remoteOrganizationName } = request.params as OrganizationParams;
    const access = await organizationForPrincipal(store.db, principal, remoteOrganizationName);
    if (options.manage) requireRole(access, MANAGING_ROLES, 'managing repository API tokens');
    callers.set(request, { principal, access });
  };
}

export function callerOf(request: FastifyRequest): CodacyCaller {
  const caller = callers.get(request);
  if (!caller)
    throw new Error(
      `route ${request.routeOptions.url ?? request.url} reads its caller without authorizeOrganization()`,
    );
  return caller;
}
