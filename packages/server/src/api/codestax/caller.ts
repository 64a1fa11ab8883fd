import type { FastifyInstance, FastifyRequest, preHandlerHookHandler } from 'fastify';
import { authenticate, credentialFromRequest } from '../../auth/index.js';
import { impliedOrganizationAccess, type OrganizationAccess, type Principal } from '../../domain/access/index.js';
import { NotFound } from '../../domain/errors.js';
import type { Store } from '../../store/index.js';
import { callerSlot } from '../caller.js';
import { credentialCacheOf } from '../credential-cache.js';
import { registerInputGuard } from '../input-guard.js';
import { codestaxError } from './errors.js';
import { enforceCredentialLimit } from './rate-limit.js';

/** The credentials this surface takes: CodeStax's session JWT and API key, and Plumb's user and organization tokens. */
const ACCEPTED_KINDS: readonly Principal['tokenKind'][] = ['session', 'api_key', 'user', 'organization'];

/** The header a user token names its organization with, when its user belongs to several. */
export const ORGANIZATION_HEADER = 'x-organization';

const principal = callerSlot<Principal>('the CodeStax credential hook');
const caller = callerSlot<OrganizationAccess>('organizationAccessOf()');
/** The credential a request presented, as the cache knows it. */
const presented = new WeakMap<FastifyRequest, string>();
export const principalOf = principal.of;
export const callerOf = caller.of;

/**
 * Every route but login and health takes `Authorization: Bearer` (a session JWT, a user or organization token) or
 * `X-API-Key`, checked before the request's fields; else 401. A valid credential's principal is reused for a second
 * (`credentialCacheOf`): CI polls gate status hundreds of times a second with one token.
 */
export function registerCodeStaxCaller(app: FastifyInstance, store: Store, sessionKey: Buffer): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (request.is404) return;
    const credential = credentialFromRequest(request);
    const text =
      credential && ('secret' in credential ? credential.secret : `${credential.accessKey}\0${credential.secretKey}`);
    const authentication = await credentialCacheOf(store).get(
      ['principal', text ?? ''],
      () => authenticate(store.db, request, { sessionKey }),
      (resolved) => resolved.outcome === 'authenticated',
    );
    if (authentication.outcome === 'missing') throw codestaxError(401, 'Not authenticated');
    if (authentication.outcome === 'invalid')
      throw codestaxError(401, 'Invalid credentials: the token or API key is unknown, expired or revoked');
    if (!ACCEPTED_KINDS.includes(authentication.principal.tokenKind))
      throw codestaxError(401, 'This API takes a session token, a user or organization token, or an API key');
    principal.set(request, authentication.principal);
    presented.set(request, text!);
  });
  registerInputGuard(app);
}

/**
 * Then, with valid fields: the organization the caller acts in (the credential's own, or a user's, named by the
 * X-Organization header when they belong to several), reused for a second like the principal. A session whose user
 * has left it is 401. The request then counts against the credential's hourly limit in that organization (429 past
 * it).
 */
export function organizationAccessOf(store: Store): preHandlerHookHandler {
  return async (request) => {
    const who = principal.of(request);
    const header = request.headers[ORGANIZATION_HEADER];
    const value = (Array.isArray(header) ? header[0] : header)?.trim() || undefined;
    const resolve = () =>
      impliedOrganizationAccess(store.db, who, { field: 'X-Organization', value }).catch((error: unknown) => {
        if (error instanceof NotFound && who.session)
          throw codestaxError(401, "Invalid session: its user is no longer a member of the session's organization");
        throw error;
      });
    const credential = presented.get(request) ?? '';
    const access = await credentialCacheOf(store).get(['access', credential, value ?? ''], resolve, () => true);
    await enforceCredentialLimit(store, access);
    caller.set(request, access);
  };
}
