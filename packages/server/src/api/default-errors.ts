import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/index.js';
import { validationMessage } from './validation-message.js';

const DOMAIN_STATUS = { not_found: 404, forbidden: 403, invalid: 400, conflict: 409, limit_reached: 403 } as const;

/** Status and message for an error outside any surface: validation 400, body too large 413, domain errors, else 500. */
export function classifyError(error: FastifyError | Error): { status: number; message: string; expected: boolean } {
  if (error instanceof DomainError)
    return { status: DOMAIN_STATUS[error.kind], message: error.message, expected: true };
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return { status: 400, message: validationMessage(fastifyError), expected: true };
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return { status: 413, message: 'request body is larger than the limit of 1 MB', expected: true };
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) return { status, message: fastifyError.message, expected: true };
  return { status: 500, message: 'internal server error', expected: false };
}

/** The `{message}` envelope used by Plumb's own routes (health, docs) and for unknown routes. */
export function registerDefaultErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const { status, message, expected } = classifyError(error);
    if (!expected) request.log.error({ err: error }, 'request failed');
    return reply.status(status).send({ message });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ message: `no route for ${request.method} ${request.url.split('?')[0]}` }),
  );
}
