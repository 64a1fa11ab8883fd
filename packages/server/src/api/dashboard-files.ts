import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Built assets carry a content hash in their name: a browser may keep them for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** index.html and the other unhashed files: always revalidated, so a new release is picked up at once. */
const REVALIDATE = 'no-cache';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** The dashboard loads only its own files; it is never framed by another site. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

async function fileAt(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // No NUL, and no dot-file or dot-folder (the build's .vite/ manifest is for the bench, not for browsers).
  if (decoded.includes('\0') || decoded.split(/[\\/]/).some((segment) => segment.startsWith('.'))) return undefined;
  const file = path.join(root, decoded);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? file : undefined;
}

function send(reply: FastifyReply, file: string, cacheControl: string): FastifyReply {
  const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
  reply.header('content-type', type).header('cache-control', cacheControl).header('x-content-type-options', 'nosniff');
  if (type.startsWith('text/html'))
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY).header('referrer-policy', 'same-origin');
  return reply.status(200).send(createReadStream(file));
}

const underPrefix = (urlPath: string, prefix: string) => urlPath === prefix || urlPath.startsWith(`${prefix}/`);

/**
 * Serves the built dashboard for a GET that no route took: a file of the build (hashed assets cached for a year),
 * else index.html for a client route (a path without an extension, or any under /orgs). Paths under an API prefix
 * are never answered here. Answers undefined when the request is not the dashboard's.
 */
export async function serveDashboardFile(
  root: string,
  reservedPrefixes: readonly string[],
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;
  const urlPath = request.url.split('?')[0]!;
  if (reservedPrefixes.some((prefix) => underPrefix(urlPath, prefix))) return undefined;
  const file = urlPath === '/' ? undefined : await fileAt(root, urlPath);
  if (file) return send(reply, file, underPrefix(urlPath, '/assets') ? IMMUTABLE : REVALIDATE);
  // An organization's pages name repository files (the code tab's `code/src/app.py`): client routes all the same.
  if (path.extname(urlPath) !== '' && !underPrefix(urlPath, '/orgs')) return undefined;
  const index = await fileAt(root, '/index.html');
  return index ? send(reply, index, REVALIDATE) : undefined;
}
