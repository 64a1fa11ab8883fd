import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate } from '../../auth/index.js';
import { can, tokenOrganizationAccess, type Action, type OrganizationAccess } from '../../domain/access/index.js';
import { NotFound } from '../../domain/errors.js';
import { insightsEnabled } from '../../domain/orgs/index.js';
import type { Executor, Store } from '../../store/index.js';
import { callerSlot } from '../caller.js';
import { registerInputGuard } from '../input-guard.js';
import { qodanaError, type QodanaErrorName } from './errors.js';

/** The domain action a route takes, and the seed's words for each refusal (they differ from route to route). */
export interface RouteAccess {
  action: Action;
  /** Sent with 401 when the request carries no token. */
  noCredentials: { name: Extract<QodanaErrorName, 'NO_AUTH' | 'NO_CREDENTIALS_PROVIDED'>; details: string };
  /** Sent with 403 NO_PERMISSION when the token's role may not take the action. */
  denied: string;
  /**
   * Sent with 401 INVALID_TOKEN for an unknown, revoked or expired token, where the seed documents it; a live token
   * that is not an organization token is then denied (403 NO_PERMISSION). Else both are 403 NO_PERMISSION
   * `Invalid organization API token`.
   */
  invalidToken?: string;
  /** An organization switch the route needs: off, 403 FEATURE_NOT_SUPPORTED with these details. */
  feature?: { enabled: (db: Executor, organizationId: number) => Promise<boolean>; details: string };
}

/** The access of the two insights queries, which the seed words alike. */
function insightsAccess(of: 'project' | 'inspection'): RouteAccess {
  const title = of === 'project' ? 'Project' : 'Inspection';
  return {
    action: 'viewOrganization',
    noCredentials: { name: 'NO_CREDENTIALS_PROVIDED', details: 'Authentication token is missing or invalid.' },
    denied: `User does not have permission to query ${of} insights.`,
    invalidToken: 'The provided API token is expired or invalid.',
    feature: {
      enabled: insightsEnabled,
      details: `${title} insights are not enabled for this organization.`,
    },
  };
}

/** Each route's access, in the seed's wording; who may take each action is the domain's table. */
export const ACCESS = {
  createProject: {
    action: 'createProject',
    noCredentials: { name: 'NO_AUTH', details: 'User is not authorized' },
    denied: 'User has no public_api_create_or_get_project_token permission',
  },
  viewProjects: {
    action: 'viewOrganization',
    noCredentials: { name: 'NO_CREDENTIALS_PROVIDED', details: 'API token is required.' },
    denied: 'User does not have permission to view projects.',
  },
  viewProject: {
    action: 'viewOrganization',
    noCredentials: { name: 'NO_CREDENTIALS_PROVIDED', details: 'API token is required.' },
    denied: 'User does not have permission to view this project.',
  },
  listUsers: {
    action: 'viewInvitations',
    noCredentials: { name: 'NO_AUTH', details: 'User is not authorized' },
    denied: 'User has no public_api_get_organization_users permission',
  },
  listInspections: {
    action: 'viewOrganization',
    noCredentials: { name: 'NO_AUTH', details: 'Authentication required to access inspections.' },
    denied: 'User has no public_api_get_inspections permission',
  },
  queryProjectInsights: insightsAccess('project'),
  queryInspectionInsights: insightsAccess('inspection'),
} as const satisfies Record<string, RouteAccess>;

/** A route's `config`: the access it needs. */
export const routeAccess = (access: RouteAccess) => ({ qodanaAccess: access });

const caller = callerSlot<OrganizationAccess>('the Qodana credential hook');
export const callerOf = caller.of;

const invalidToken = () => qodanaError(403, 'NO_PERMISSION', 'Invalid organization API token');

/**
 * Every route takes an organization API token, checked in the seed's order: a token at all (401), a live
 * organization token (403, or 401 INVALID_TOKEN where the route says so), the organization's public API switch
 * (400), the route's action (403), then the organization switch the route needs (403 FEATURE_NOT_SUPPORTED).
 */
export function registerQodanaCaller(app: FastifyInstance, store: Store): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (request.is404) return;
    const access = (request.routeOptions.config as { qodanaAccess?: RouteAccess }).qodanaAccess;
    if (!access) throw new Error(`route ${request.routeOptions.url ?? request.url} declares no access`);
    const authentication = await authenticate(store.db, request);
    if (authentication.outcome === 'missing')
      throw qodanaError(401, access.noCredentials.name, access.noCredentials.details);
    if (authentication.outcome === 'invalid')
      throw access.invalidToken ? qodanaError(401, 'INVALID_TOKEN', access.invalidToken) : invalidToken();
    const { principal } = authentication;
    if (principal.tokenKind !== 'organization' || !principal.role)
      throw access.invalidToken ? qodanaError(403, 'NO_PERMISSION', access.denied) : invalidToken();
    const organizationAccess = await tokenOrganizationAccess(store.db, principal).catch((error: unknown) => {
      throw error instanceof NotFound ? invalidToken() : error;
    });
    if (!organizationAccess.organization.publicApiEnabled)
      throw qodanaError(400, 'PUBLIC_API_DISABLED', 'Public API is disabled');
    if (!can(organizationAccess.role, access.action)) throw qodanaError(403, 'NO_PERMISSION', access.denied);
    if (access.feature && !(await access.feature.enabled(store.db, organizationAccess.organization.id)))
      throw qodanaError(403, 'FEATURE_NOT_SUPPORTED', access.feature.details);
    caller.set(request, organizationAccess);
  });
  registerInputGuard(app);
}
