import type { FastifyInstance } from 'fastify';
import type { SurfaceOptions } from '../surfaces.js';
import { acceptEmptyJson } from './body-parser.js';
import { registerCodacyErrorHandling } from './errors.js';
import { repositoryRoutes } from './repositories.js';
import { tokenRoutes } from './tokens.js';

export const CODACY_PREFIX = '/api/v3';

/** Codacy's API v3 for repositories and repository API tokens: `api-token:` account token, `{message}` errors. */
export async function codacySurface(app: FastifyInstance, { store }: SurfaceOptions): Promise<void> {
  await app.register(
    async (codacy) => {
      registerCodacyErrorHandling(codacy);
      acceptEmptyJson(codacy);
      await codacy.register(repositoryRoutes, { store });
      await codacy.register(tokenRoutes, { store });
    },
    { prefix: CODACY_PREFIX },
  );
}
