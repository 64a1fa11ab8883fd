import type { FastifyInstance } from 'fastify';
import mercurius, { type MercuriusLoaders } from 'mercurius';
import { markReadOnly } from '../credential-cache.js';
import { registerErrorEnvelope } from '../errors.js';
import { registerInputGuard } from '../input-guard.js';
import { sessionKeyOf } from '../session-key.js';
import type { Surface, SurfaceOptions } from '../surface.js';
import { callerOf, registerCodigaCaller } from './caller.js';
import { formatExecution, GRAPHQL_ENVELOPE, refusalBody } from './errors.js';
import { graphiqlRoutes } from './graphiql.js';
import { enforceLimits } from './limits.js';
import { documentGraphqlRoute } from './openapi.js';
import { LOADERS } from './loaders.js';
import { RESOLVERS } from './resolvers/index.js';
import type { CodigaContext } from './resolvers/types.js';
import { reportHistoryOf } from '../report-history.js';
import { buildCodigaSchema } from './schema.js';

/** Codiga's GraphQL API at `POST /graphql` (and GET): user tokens or key pairs, GraphQL's `errors` envelope. */
export const graphql: Surface = {
  prefix: '/graphql',
  async plugin(app: FastifyInstance, { store, secrets, dataDir, queue, reports }: SurfaceOptions) {
    registerErrorEnvelope(app, GRAPHQL_ENVELOPE);
    const sessionKey = sessionKeyOf(secrets);
    registerCodigaCaller(app, store, sessionKey);
    registerInputGuard(app);
    // Its own context: mercurius sets the error handler of the context it is registered in.
    await app.register(async (executor) => {
      executor.addHook('onRoute', documentGraphqlRoute);
      await executor.register(mercurius, {
        schema: buildCodigaSchema(RESOLVERS),
        loaders: LOADERS as unknown as MercuriusLoaders,
        path: '/',
        graphiql: false,
        // A document seen 3 times (a client's poll) runs compiled by graphql-jit: graphql's execution was a tenth of a
        // light request's CPU (docs/benchmarks.md).
        jit: 3,
        // A getter: mercurius also builds the context to format a refusal of the credential hook, which set no caller.
        context: (request): CodigaContext => ({
          db: store.db,
          queue,
          dataDir,
          seal: (plain: string) => secrets.seal(plain),
          reportHistory: reportHistoryOf(dataDir, secrets),
          reports,
          sessionKey,
          get caller() {
            return callerOf(request);
          },
        }),
        errorFormatter: (execution, context) => formatExecution(execution, context.reply.log),
      });
      executor.graphql.addHook('preExecution', async (_schema, document, context, variables) => {
        enforceLimits(document, variables);
        // A document of queries alone changes no credential: the app keeps its cached credentials after it.
        if (document.definitions.every((node) => node.kind !== 'OperationDefinition' || node.operation === 'query'))
          markReadOnly(context.reply.request);
      });
    });
  },
  undecodableUrlBody: (details) => refusalBody('BAD_REQUEST', details),
};

/** GraphiQL at `/graphiql`, posting to `/graphql` (its header editor takes the X-Api-Token). */
export const graphiql: Surface = {
  prefix: '/graphiql',
  async plugin(app: FastifyInstance, { webRoot }: SurfaceOptions) {
    registerErrorEnvelope(app, GRAPHQL_ENVELOPE);
    await app.register(graphiqlRoutes, { webRoot });
  },
  undecodableUrlBody: (details) => refusalBody('BAD_REQUEST', details),
};
