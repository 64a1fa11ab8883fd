import { randomBytes, randomUUID } from 'node:crypto';
import Fastify, {
  type FastifyInstance,
  type FastifyReply,
  type FastifyServerOptions,
  type RouteOptions,
} from 'fastify';
import { registerBodyParsers } from './api/body-parser.js';
import { forgetCredentialsAfterWrites } from './api/credential-cache.js';
import { codacy } from './api/codacy/index.js';
import { codestax } from './api/codestax/index.js';
import { dashboard } from './api/dashboard/index.js';
import { serveDashboardFile } from './api/dashboard-files.js';
import { PLUMB_ENVELOPE, registerErrorEnvelope } from './api/errors.js';
import { graphiql, graphql } from './api/graphql/index.js';
import { healthRoutes } from './api/health.js';
import { requestLogView } from './api/log-redaction.js';
import { registerOpenApi, registerOpenApiRoutes } from './api/openapi.js';
import { qodana } from './api/qodana/index.js';
import { scanner } from './api/scanner/index.js';
import { scrutinizer } from './api/scrutinizer/index.js';
import { undecodableUrlBody, type Surface } from './api/surface.js';
import { sealedBox, type SealedBox } from './crypto/sealed-box.js';
import type { AnalysisQueue } from './domain/analyses/index.js';
import type { ReportScheduler } from './domain/reports/index.js';
import type { Store } from './store/index.js';

export interface AppOptions {
  store: Store;
  /** Seals secrets at rest; a throw-away key when omitted (tests). */
  secrets?: SealedBox;
  /** Pino options, `false` to stay silent (tests), or omitted for JSON logs at info level. */
  logger?: FastifyServerOptions['logger'];
  /** Told of every route as it is registered: lets tests walk the whole route table. */
  onRoute?: (route: RouteOptions) => void;
  /** Where requested analyses go: pg-boss on the store (jobs/queue.ts), opened by the caller. */
  queue: AnalysisQueue;
  /** The data directory, where the worker keeps projects' git mirrors: Codiga's `fileContent` reads them. */
  dataDir?: string;
  /** Reschedules reports when a repository's settings change. */
  reports?: ReportScheduler;
  /** The built dashboard (packages/web/dist), served at `/`; no dashboard when omitted. */
  webRoot?: string;
}

/** Every vendor API surface: a new one is a folder of the shape docs/architecture.md describes, and one line here. */
const SURFACES: readonly Surface[] = [qodana, codacy, scrutinizer, scanner, ...codestax, dashboard, graphql, graphiql];

/** Paths the dashboard's client routes never take: every surface's prefix, and the probes. */
const API_PREFIXES = [...SURFACES.map((surface) => surface.prefix), '/healthz', '/readyz'];

/** Request bodies above this are refused with 413; uploads get their own limits on their own routes. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Builds the whole Plumb HTTP application over an open store; used by `plumb serve` and by the tests. */
export async function buildApp({
  store,
  secrets = sealedBox(randomBytes(32)),
  logger = { level: process.env.LOG_LEVEL ?? 'info' },
  onRoute,
  queue,
  dataDir,
  reports,
  webRoot,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // Scrutinizer's clients put their access token in the query string: request logs show it redacted.
    logger:
      logger && typeof logger === 'object' && !('info' in logger)
        ? { ...logger, serializers: { req: requestLogView, ...logger.serializers } }
        : logger,
    bodyLimit: BODY_LIMIT_BYTES,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, allErrors: false } },
    // In-flight requests finish on close; idle keep-alive sockets are closed so shutdown is prompt.
    forceCloseConnections: 'idle',
    frameworkErrors: (_error, request, reply: FastifyReply) =>
      reply.status(400).send(undecodableUrlBody(SURFACES, request.url)),
  });
  if (onRoute) app.addHook('onRoute', onRoute);
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    forgetCredentialsAfterWrites(store, request);
    // A keep-alive socket would hold close() open after its in-flight response: tell the client to hang up.
    if (closing) reply.header('connection', 'close');
  });
  registerErrorEnvelope(
    app,
    PLUMB_ENVELOPE,
    webRoot === undefined ? undefined : (request, reply) => serveDashboardFile(webRoot, API_PREFIXES, request, reply),
  );
  registerBodyParsers(app);
  await registerOpenApi(app);
  await app.register(healthRoutes, { store });
  for (const surface of SURFACES)
    await app.register(surface.plugin, { prefix: surface.prefix, store, secrets, queue, dataDir, reports, webRoot });
  await registerOpenApiRoutes(app, { dashboard: webRoot !== undefined });
  return app;
}
