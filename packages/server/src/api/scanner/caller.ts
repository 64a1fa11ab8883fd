import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate } from '../../auth/index.js';
import type { Principal } from '../../domain/access/index.js';
import type { Store } from '../../store/index.js';
import { callerSlot } from '../caller.js';
import { registerInputGuard } from '../input-guard.js';
import { scannerError } from './errors.js';

const caller = callerSlot<Principal>('the scanner credential hook');
export const callerOf = caller.of;

/**
 * Every route takes a project token (`Authorization: Bearer`), checked when the request arrives, before its body is
 * read: an upload without a valid token costs the server nothing. The project is always the token's.
 */
export function registerScannerCaller(app: FastifyInstance, store: Store): void {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (request.is404) return;
    const authentication = await authenticate(store.db, request);
    if (authentication.outcome === 'missing')
      throw scannerError(401, 'a project token is required: Authorization: Bearer <project token>');
    if (authentication.outcome === 'invalid')
      throw scannerError(401, 'the project token is invalid, expired or revoked');
    const { principal } = authentication;
    if (principal.tokenKind !== 'project' || !principal.project)
      throw scannerError(401, 'this endpoint needs a project token, not a user or organization token');
    caller.set(request, principal);
  });
  registerInputGuard(app);
}
