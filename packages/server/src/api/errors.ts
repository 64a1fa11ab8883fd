import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';
import { validationMessage } from './validation-message.js';

/** A refusal a surface words itself (its vendor's name and text), thrown from its hooks and routes. */
export class SurfaceError extends Error {
  constructor(
    readonly status: number,
    readonly body: object,
    /** Headers sent with the refusal (`Retry-After` with a 429). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`HTTP ${status}`);
  }
}

/** How one surface renders failures: the status of each domain error, and its vendor's envelope for each kind. */
export interface ErrorEnvelope {
  /** For log lines: which surface failed. */
  surface: string;
  domainStatus: Record<DomainError['kind'], number>;
  domainBody(error: DomainError, status: number): object;
  /** A request that failed its schema or the input guard: 400. */
  validationBody(error: FastifyError): object;
  /** Anything else the client got wrong (malformed or too-deep JSON, unsupported media type, oversized body). */
  requestBody(message: string): object;
  internalBody(): object;
  unknownRouteBody(method: string, path: string): object;
}

/** Any error thrown on a surface, as its status and body; `expected` is false for the ones worth logging. */
export function mapError(
  error: FastifyError | Error,
  envelope: ErrorEnvelope,
): { status: number; body: object; expected: boolean } {
  if (error instanceof SurfaceError) return { status: error.status, body: error.body, expected: true };
  if (error instanceof DomainError) {
    const status = envelope.domainStatus[error.kind];
    return { status, body: envelope.domainBody(error, status), expected: true };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return { status: 400, body: envelope.validationBody(fastifyError), expected: true };
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return { status: 413, body: envelope.requestBody('request body is larger than the limit of 1 MB'), expected: true };
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500)
    return { status, body: envelope.requestBody(fastifyError.message), expected: true };
  return { status: 500, body: envelope.internalBody(), expected: false };
}

/** What answers an unknown route before the envelope's 404: the dashboard's files at the root; undefined to pass. */
export type UnknownRouteFallback = (request: FastifyRequest, reply: FastifyReply) => Promise<FastifyReply | undefined>;

/** Every error and every unknown route in the surface's encapsulation context leaves in its envelope. */
export function registerErrorEnvelope(
  app: FastifyInstance,
  envelope: ErrorEnvelope,
  fallback?: UnknownRouteFallback,
): void {
  app.setErrorHandler((thrown: FastifyError, request, reply) => {
    const { status, body, expected } = mapError(thrown, envelope);
    if (!expected) request.log.error({ err: thrown }, `${envelope.surface} request failed`);
    if (thrown instanceof SurfaceError) reply.headers(thrown.headers);
    return reply.status(status).send(body);
  });
  app.setNotFoundHandler(async (request, reply) => {
    const answered = fallback && (await fallback(request, reply));
    return answered ?? reply.status(404).send(envelope.unknownRouteBody(request.method, request.url.split('?')[0]!));
  });
}

/** Plumb's own `{message}` envelope: health, docs, and any path outside every surface. */
export const PLUMB_ENVELOPE: ErrorEnvelope = {
  surface: 'plumb',
  domainStatus: { not_found: 404, forbidden: 403, invalid: 400, conflict: 409, limit_reached: 403 },
  domainBody: (error) => ({ message: error.message }),
  validationBody: (error) => ({ message: validationMessage(error) }),
  requestBody: (message) => ({ message }),
  internalBody: () => ({ message: 'internal server error' }),
  unknownRouteBody: (method, path) => ({ message: `no route for ${method} ${path}` }),
};
