import type { FastifyInstance } from 'fastify';
import { uploadLimits } from '../../domain/analyses/index.js';
import { registerErrorEnvelope } from '../errors.js';
import type { Surface, SurfaceOptions } from '../surface.js';
import { registerScannerCaller } from './caller.js';
import { SCANNER_ENVELOPE } from './errors.js';
import { analysisRoutes } from './routes/analyses.js';
import { newCodeRoutes } from './routes/new-code.js';
import { registerUploadParser } from './upload-body.js';

/**
 * Plumb's own surface for `plumb scan`: a project token uploads a result analyzed on the client, `{message}` errors.
 * Its limits come from PLUMB_SCANNER_MAX_UPLOAD_BYTES and PLUMB_SCANNER_MAX_RESULT_BYTES, read when the app is built.
 */
export const scanner: Surface = {
  prefix: '/api/scanner',
  async plugin(app: FastifyInstance, { store, queue }: SurfaceOptions) {
    const limits = uploadLimits(process.env);
    registerErrorEnvelope(app, SCANNER_ENVELOPE);
    registerScannerCaller(app, store);
    registerUploadParser(app, limits.maxUploadBytes);
    await app.register(analysisRoutes, { store, queue, limits });
    await app.register(newCodeRoutes, { store });
  },
  undecodableUrlBody: (details) => ({ message: details }),
};
