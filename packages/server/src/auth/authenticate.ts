import type { FastifyRequest } from 'fastify';
import { looksLikeJwt } from '../crypto/jwt.js';
import type { Principal } from '../domain/access/index.js';
import { resolveSession } from '../domain/sessions/index.js';
import { resolveCredential } from '../domain/tokens/index.js';
import type { Executor } from '../store/index.js';
import { credentialFromRequest } from './credentials.js';

/** The outcome of authenticating a request; each surface turns the failures into its own envelope. */
export type Authentication =
  { outcome: 'authenticated'; principal: Principal } | { outcome: 'missing' } | { outcome: 'invalid' };

export interface AuthenticationOptions {
  /** Where session tokens (JWTs) are accepted: the key they are signed with. Elsewhere a JWT is an unknown token. */
  sessionKey?: Buffer;
}

export async function authenticate(
  db: Executor,
  request: FastifyRequest,
  options: AuthenticationOptions = {},
): Promise<Authentication> {
  const credential = credentialFromRequest(request);
  if (!credential) return { outcome: 'missing' };
  const session = options.sessionKey && 'secret' in credential && looksLikeJwt(credential.secret);
  const principal = session
    ? await resolveSession(db, credential.secret, options.sessionKey!)
    : await resolveCredential(db, credential);
  return principal ? { outcome: 'authenticated', principal } : { outcome: 'invalid' };
}
