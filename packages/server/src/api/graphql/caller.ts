import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate, credentialFromRequest, type Authentication } from '../../auth/index.js';
import { personalAccess, type PersonalAccess, type Principal } from '../../domain/access/index.js';
import type { Store } from '../../store/index.js';
import { callerSlot } from '../caller.js';
import { credentialCacheOf } from '../credential-cache.js';
import { cookieSession } from '../session-cookie.js';
import { graphqlRefusal } from './errors.js';
import { isLoginDocument } from './login-document.js';

/**
 * Codiga's credentials: `X-Api-Token` (a Plumb user token, or the session token `authentication` answers) or the
 * `X-Access-Key` + `X-Secret-Key` pair.
 */
const ACCEPTED_KINDS: readonly Principal['tokenKind'][] = ['user', 'key_pair', 'session'];

/** A header credential first; without one, the dashboard's session cookie (with its header: session-cookie.ts). */
async function authenticateCodigaOrDashboard(
  store: Store,
  request: FastifyRequest,
  sessionKey: Buffer,
): Promise<Authentication & { fromCookie: boolean }> {
  const credential = credentialFromRequest(request);
  const text =
    credential && ('secret' in credential ? credential.secret : `${credential.accessKey}\0${credential.secretKey}`);
  // Reused for a second, as CodeStax's (api/credential-cache.ts): dashboards and IDEs poll with one token.
  const authentication = await credentialCacheOf(store).get(
    ['principal', text ?? ''],
    () => authenticate(store.db, request, { sessionKey }),
    (resolved) => resolved.outcome === 'authenticated',
  );
  if (authentication.outcome !== 'missing') return { ...authentication, fromCookie: false };
  const session = await cookieSession(store.db, request, sessionKey);
  if (session.outcome === 'signed_in')
    return { outcome: 'authenticated', principal: session.principal, fromCookie: true };
  if (session.outcome === 'invalid') return { outcome: 'invalid', fromCookie: true };
  return { outcome: 'missing', fromCookie: false };
}

const caller = callerSlot<PersonalAccess>('the Codiga credential hook');
export const callerOf = caller.of;

/**
 * Every request takes a user's credential, checked before the document is parsed (its resolution cached for a
 * second, keyed by a hash of the credential); else 401 with GraphQL's envelope.
 * The caller then sees what their memberships allow: their organizations' projects (Codiga's groups) and their own.
 */
export function registerCodigaCaller(app: FastifyInstance, store: Store, sessionKey: Buffer): void {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    if (request.is404) return;
    const authentication = await authenticateCodigaOrDashboard(store, request, sessionKey);
    // Codiga's login is how a client without a token gets one: the document may do nothing else (login-document.ts).
    if (authentication.outcome === 'missing' && request.method === 'POST' && isLoginDocument(request.body)) return;
    if (authentication.outcome === 'missing')
      throw graphqlRefusal(
        401,
        'UNAUTHENTICATED',
        'Send a user token in X-Api-Token, or X-Access-Key and X-Secret-Key',
      );
    if (authentication.outcome === 'invalid')
      throw graphqlRefusal(
        401,
        'UNAUTHENTICATED',
        authentication.fromCookie
          ? 'Your session has ended: sign in again'
          : 'The token or key pair is unknown, expired or revoked',
      );
    if (!ACCEPTED_KINDS.includes(authentication.principal.tokenKind) && !authentication.fromCookie)
      throw graphqlRefusal(
        401,
        'UNAUTHENTICATED',
        "This API takes a user's token (X-Api-Token) or key pair, not an organization or project token",
      );
    caller.set(request, personalAccess(authentication.principal));
  });
}
