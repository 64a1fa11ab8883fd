import type { FastifyInstance } from 'fastify';
import type { SealedBox } from '../crypto/sealed-box.js';
import type { Store } from '../store/index.js';
import { codacySurface } from './codacy/index.js';
import { qodanaSurface } from './qodana/index.js';
import { scrutinizerSurface } from './scrutinizer/index.js';

/** What every vendor surface receives when the app registers it. */
export interface SurfaceOptions {
  store: Store;
  secrets: SealedBox;
}

export type Surface = (app: FastifyInstance, options: SurfaceOptions) => Promise<void>;

/** Every vendor API surface, each an encapsulated plugin owning its routes, wire shapes and error envelope. */
export const SURFACES: readonly Surface[] = [qodanaSurface, codacySurface, scrutinizerSurface];
