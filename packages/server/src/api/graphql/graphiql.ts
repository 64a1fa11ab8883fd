import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';

/** Mercurius ships GraphiQL's page and scripts; they are served from its package as it serves them itself. */
const STATIC_DIR = path.join(path.dirname(createRequire(import.meta.url).resolve('mercurius')), 'static');

const FILES = [
  { url: '/', file: 'graphiql.html', type: 'text/html; charset=utf-8' },
  { url: '/main.js', file: 'main.js', type: 'application/javascript' },
  { url: '/sw.js', file: 'sw.js', type: 'application/javascript' },
] as const;

/** GraphiQL's configuration: the endpoint it posts to, and no plugins. */
const CONFIG = ["window.GRAPHQL_ENDPOINT = '/graphql'", 'window.GRAPHIQL_PLUGIN_LIST = []'].join(';\n');

export async function graphiqlRoutes(app: FastifyInstance): Promise<void> {
  for (const { url, file, type } of FILES) {
    const body = await readFile(path.join(STATIC_DIR, file));
    app.get(url, { schema: { hide: true } }, async (_request, reply) => reply.type(type).send(body));
  }
  app.get('/config.js', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/javascript').send(CONFIG),
  );
}
