import type { FastifyRequest } from 'fastify';
import type { Principal } from '../domain/access/index.js';
import { resolveCredential } from '../domain/tokens/index.js';
import type { Executor } from '../store/index.js';
import { credentialFromRequest } from './credentials.js';

/** The outcome of authenticating a request; each surface turns the failures into its own envelope. */
export type Authentication =
  { outcome: 'authenticated'; principal: Principal } | { outcome: 'missing' } | { outcome: 'invalid' };

export async function authenticate(db: Executor, request: FastifyRequest): Promise<Authentication> {
  const credential = credentialFromRequest(request);
  if (!credential) return { outcome: 'missing' };
  const principal = await resolveCredential(db, credential);
  return principal ? { outcome: 'authenticated', principal } : { outcome: 'invalid' };
}
