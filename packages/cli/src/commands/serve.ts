import type { Command } from 'commander';
import { dashboardRoot } from '../dashboard-root.js';
import { DEFAULT_DATA_DIR, parsePort } from '../options.js';

interface ServeFlags {
  port: number;
  host: string;
  data: string;
  worker: boolean;
}

/** `plumb serve`: the API and an analysis worker (unless --no-worker) in one process until SIGTERM or SIGINT. */
export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('serve the API, the docs and the dashboard')
    .option('--port <port>', 'TCP port', parsePort, 8080)
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--data <dir>', 'data directory of the embedded store (ignored when DATABASE_URL is set)', DEFAULT_DATA_DIR)
    .option('--no-worker', 'do not run analyses in this process')
    .action(async (flags: ServeFlags) => {
      // Loaded on use: the server (Fastify, PGlite) is not paid for by `plumb analyze`.
      const { startServer, storeOptionsFromEnv } = await import('@plumb/server');
      const webRoot = dashboardRoot();
      const server = await startServer({
        port: flags.port,
        host: flags.host,
        store: storeOptionsFromEnv(flags.data),
        dataDir: flags.data,
        workers: flags.worker ? 1 : 0,
        ...(webRoot === undefined ? {} : { webRoot }),
      });
      const { app } = server;
      app.log.info(
        { url: server.url, store: server.store.driver, location: server.store.location, dashboard: webRoot ?? null },
        'plumb is serving',
      );
      if (process.stderr.isTTY) {
        process.stderr.write(`Plumb is serving at ${server.url} (API docs at ${server.url}/api/docs).\n`);
        if (webRoot === undefined)
          process.stderr.write('The dashboard is not built: run npm run build to serve it at / as well.\n');
        else process.stderr.write(`Open the dashboard at ${server.url}/ (first run: create your organization).\n`);
        process.stderr.write(
          'Get a token with: npx plumb admin bootstrap --org ORG --email YOU@EXAMPLE.COM --json ' +
            '(with the server stopped, or on PostgreSQL).\n',
        );
      }
      await new Promise<void>((resolve) => {
        const shutdown = (signal: NodeJS.Signals) => {
          app.log.info({ signal }, 'shutting down: finishing in-flight requests');
          server.stop().then(
            () => resolve(),
            (error: unknown) => {
              app.log.error({ err: error }, 'shutdown failed');
              process.exitCode = 1;
              resolve();
            },
          );
        };
        process.once('SIGTERM', shutdown);
        process.once('SIGINT', shutdown);
      });
    });
}
