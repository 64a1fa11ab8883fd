import type { FastifyInstance } from 'fastify';
import type { SealedBox } from '../crypto/sealed-box.js';
import type { Store } from '../store/index.js';
import { codacySurface } from './codacy/index.js';
import { QODANA_PREFIX, qodanaSurface } from './qodana/index.js';
import { scrutinizerSurface } from './scrutinizer/index.js';

/** What every vendor surface receives when the app registers it. */
export interface SurfaceOptions {
  store: Store;
  secrets: SealedBox;
}

export type Surface = (app: FastifyInstance, options: SurfaceOptions) => Promise<void>;

/** Every vendor API surface, each an encapsulated plugin owning its routes, wire shapes and error envelope. */
export const SURFACES: readonly Surface[] = [qodanaSurface, codacySurface, scrutinizerSurface];

/**
 * The body for a request Fastify refuses before routing (a URL that does not decode): in the envelope of the
 * surface its path belongs to, and without echoing the URL, which may carry an access token.
 */
export function undecodableUrlBody(url: string): object {
  const details = 'the URL is not valid: a percent-escape does not decode to UTF-8';
  return url.startsWith(QODANA_PREFIX) ? { name: 'VALIDATION_FAILED', details } : { message: details };
}
