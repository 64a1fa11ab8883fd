import type { FastifyRequest, onRequestHookHandler } from 'fastify';
import { authenticate } from '../../auth/index.js';
import { NotFound, organizationForPrincipal, type Organization, type Principal } from '../../domain/index.js';
import type { Store } from '../../store/index.js';
import { QodanaError, type QodanaErrorName } from './errors.js';
import { qodanaRole, type QodanaRole } from './roles.js';

/** Who may call a route, and the seed's words for each refusal (they differ from route to route). */
export interface RouteAccess {
  roles: readonly QodanaRole[];
  /** Sent with 401 when the request carries no token. */
  noCredentials: { name: Extract<QodanaErrorName, 'NO_AUTH' | 'NO_CREDENTIALS_PROVIDED'>; details: string };
  /** Sent with 403 NO_PERMISSION when the token's role lacks the permission. */
  denied: string;
}

/** The organization an organization API token acts for, and the role it acts with. */
export interface QodanaCaller {
  principal: Principal;
  organization: Organization;
  role: QodanaRole;
}

const callers = new WeakMap<FastifyRequest, QodanaCaller>();

const invalidToken = () => new QodanaError(403, 'NO_PERMISSION', 'Invalid organization API token');

/**
 * Authenticates an organization API token and checks, in the seed's order: a token at all (401), a live
 * organization token (403), the organization's public API switch (400), then the role (403).
 */
export function authorize(store: Store, access: RouteAccess): onRequestHookHandler {
  return async (request) => {
    const authentication = await authenticate(store.db, request);
    if (authentication.outcome === 'missing')
      throw new QodanaError(401, access.noCredentials.name, access.noCredentials.details);
    if (authentication.outcome === 'invalid') throw invalidToken();
    const { principal } = authentication;
    if (principal.tokenKind !== 'organization' || !principal.organization || !principal.role) throw invalidToken();
    const { organization } = await organizationForPrincipal(store.db, principal, principal.organization.slug).catch(
      (error: unknown) => {
        throw error instanceof NotFound ? invalidToken() : error;
      },
    );
    if (!organization.publicApiEnabled) throw new QodanaError(400, 'PUBLIC_API_DISABLED', 'Public API is disabled');
    const role = qodanaRole(principal.role);
    if (!access.roles.includes(role)) throw new QodanaError(403, 'NO_PERMISSION', access.denied);
    callers.set(request, { principal, organization, role });
  };
}

/** The caller `authorize` admitted; only routes guarded by it may ask. */
export function callerOf(request: FastifyRequest): QodanaCaller {
  const caller = callers.get(request);
  if (!caller) throw new Error(`route ${request.routeOptions.url ?? request.url} reads its caller without authorize()`);
  return caller;
}
