import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { graphqlRefusal } from './errors.js';

/**
 * GraphiQL's page loads only its own scripts and styles (the dashboard's build, packages/web/graphiql.html), whose
 * fonts are data: URLs; it posts to /graphql on the same origin and is never framed by another site.
 */
export const GRAPHIQL_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GraphiQL at `/graphiql`: the page the dashboard's build made from npm packages at install time; its scripts are
 * under `/assets/` with the dashboard's (hashed, served by dashboard-files.ts). A server without that build says so.
 */
export async function graphiqlRoutes(app: FastifyInstance, { webRoot }: { webRoot?: string | undefined }) {
  const page =
    webRoot === undefined ? undefined : await readFile(path.join(webRoot, 'graphiql.html')).catch(() => undefined);
  for (const url of ['/', '/index.html'])
    app.get(url, { schema: { hide: true } }, async (_request, reply) => {
      if (!page)
        throw graphqlRefusal(
          404,
          'NOT_FOUND',
          "GraphiQL comes with the dashboard's build (packages/web/dist), which this server was started without",
        );
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-cache')
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', GRAPHIQL_CONTENT_SECURITY_POLICY)
        .header('referrer-policy', 'same-origin')
        .send(page);
    });
}
