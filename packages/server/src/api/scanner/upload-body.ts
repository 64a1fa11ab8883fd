import type { FastifyInstance, FastifyRequest } from 'fastify';
import { scannerError } from './errors.js';

/**
 * The raw gzip bytes of an upload, kept out of sight of the shared input guard (which walks a body's own
 * properties: a Buffer's would be one per byte).
 */
export class UploadBody {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    this.#bytes = bytes;
  }
  get bytes(): Buffer {
    return this.#bytes;
  }
}

const UNSUPPORTED =
  'body: expected gzip JSON (Content-Type: application/json with Content-Encoding: gzip, or Content-Type: ' +
  'application/gzip)';

function isGzip(request: FastifyRequest): boolean {
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const encoding = String(request.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (type === 'application/gzip' || type === 'application/x-gzip') return encoding === '' || encoding === 'identity';
  return type === 'application/json' && (encoding === 'gzip' || encoding === 'x-gzip');
}

/**
 * The scanner's only body parser, replacing the app's JSON parser in its context: the gzip bytes as they came,
 * read up to `maxBytes` (413 past it, told by Content-Length before anything is read when the client says so).
 */
export function registerUploadParser(app: FastifyInstance, maxBytes: number): void {
  const tooLarge = () => scannerError(413, `body: larger than the limit of ${maxBytes} bytes of gzip`);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', (request, payload, done) => {
    if (!isGzip(request)) return done(scannerError(415, UNSUPPORTED), undefined);
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) return done(tooLarge(), undefined);
    const chunks: Buffer[] = [];
    let size = 0;
    let finished = false;
    const finish = (error: Error | null, body?: UploadBody) => {
      if (finished) return;
      finished = true;
      done(error, body);
    };
    payload.on('data', (chunk: Buffer) => {
      if (finished) return;
      size += chunk.length;
      if (size > maxBytes) return finish(tooLarge());
      chunks.push(chunk);
    });
    payload.on('end', () => finish(null, new UploadBody(Buffer.concat(chunks, size))));
    payload.on('error', (error: Error) =>
      finish(scannerError(400, `body: the upload did not arrive whole (${error.message})`)),
    );
  });
}
