import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError, NotFound } from '../../domain/index.js';
import { validationMessage } from '../validation-message.js';

/** An error of the Codacy surface: sent as `{message}` with its status. */
export class CodacyError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const DOMAIN_STATUS = { not_found: 404, forbidden: 403, invalid: 400, conflict: 409, limit_reached: 403 } as const;

/** Any error thrown in the surface as status and message; `expected` is false for the ones worth logging. */
export function toCodacyError(error: FastifyError | Error): { status: number; message: string; expected: boolean } {
  if (error instanceof CodacyError) return { status: error.status, message: error.message, expected: true };
  if (error instanceof DomainError) {
    const message =
      error instanceof NotFound
        ? `${error.what.charAt(0).toUpperCase()}${error.what.slice(1)} not found`
        : error.message;
    return { status: DOMAIN_STATUS[error.kind], message, expected: true };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return { status: 400, message: validationMessage(fastifyError), expected: true };
  const status = fastifyError.statusCode;
  if (status && status >= 400 && status < 500) return { status, message: fastifyError.message, expected: true };
  return { status: 500, message: 'Internal server error', expected: false };
}

/** Every error and every unknown route under /api/v3 answers with Codacy's `{message}` envelope. */
export function registerCodacyErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((thrown: FastifyError, request, reply) => {
    const { status, message, expected } = toCodacyError(thrown);
    if (!expected) request.log.error({ err: thrown }, 'codacy request failed');
    return reply.status(status).send({ message });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({ message: `Endpoint not found: ${request.method} ${request.url.split('?')[0]}` }),
  );
}
