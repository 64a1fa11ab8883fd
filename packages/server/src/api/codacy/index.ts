import type { FastifyInstance } from 'fastify';
import { registerErrorEnvelope } from '../errors.js';
import type { Surface, SurfaceOptions } from '../surface.js';
import { registerCodacyCaller } from './caller.js';
import { CODACY_ENVELOPE } from './errors.js';
import { repositoryRoutes } from './routes/repositories.js';
import { tokenRoutes } from './routes/tokens.js';

/** Codacy's API v3 for repositories and repository API tokens: `api-token:` account token, `{message}` errors. */
export const codacy: Surface = {
  prefix: '/api/v3',
  async plugin(app: FastifyInstance, { store }: SurfaceOptions) {
    registerErrorEnvelope(app, CODACY_ENVELOPE);
    registerCodacyCaller(app, store);
    await app.register(repositoryRoutes, { store });
    await app.register(tokenRoutes, { store });
  },
  undecodableUrlBody: (details) => ({ message: details }),
};
