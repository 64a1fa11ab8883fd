import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError } from '../../domain/index.js';
import { validationMessage } from '../validation-message.js';

/** The error names Plumb answers with; every one is in the `APIError.name` enum of JetBrains' OpenAPI document. */
export const QODANA_ERROR_NAMES = [
  'NO_AUTH',
  'NO_CREDENTIALS_PROVIDED',
  'NO_PERMISSION',
  'PUBLIC_API_DISABLED',
  'TOO_MANY_PROJECTS_FOR_ORGANIZATION',
  'VALIDATION_FAILED',
  'NO_PROJECT',
  'PROJECT_TOKEN_CREATION_FAILED',
  'UNKNOWN',
] as const;

export type QodanaErrorName = (typeof QODANA_ERROR_NAMES)[number];

/** The Qodana envelope, `{name, details}`, with the status it is sent with. */
export class QodanaError extends Error {
  constructor(
    readonly status: number,
    readonly errorName: QodanaErrorName,
    readonly details: string,
  ) {
    super(details);
  }
}

const DOMAIN_ERRORS = {
  not_found: [404, 'NO_PROJECT'],
  forbidden: [403, 'NO_PERMISSION'],
  invalid: [400, 'VALIDATION_FAILED'],
  conflict: [400, 'VALIDATION_FAILED'],
  limit_reached: [400, 'TOO_MANY_PROJECTS_FOR_ORGANIZATION'],
} as const satisfies Record<DomainError['kind'], readonly [number, QodanaErrorName]>;

const LIMIT_REACHED_DETAILS =
  'Creation of the project failed because of reaching the limit of projects per organization';

/** Any error thrown in the surface, as the Qodana envelope; `expected` is false for the ones worth logging. */
export function toQodanaError(error: FastifyError | Error): { error: QodanaError; expected: boolean } {
  if (error instanceof QodanaError) return { error, expected: true };
  if (error instanceof DomainError) {
    const [status, name] = DOMAIN_ERRORS[error.kind];
    const details =
      error.kind === 'limit_reached'
        ? LIMIT_REACHED_DETAILS
        : error.kind === 'invalid'
          ? `Invalid ${error.message}`
          : error.message;
    return { error: new QodanaError(status, name, details), expected: true };
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.validation)
    return {
      error: new QodanaError(400, 'VALIDATION_FAILED', `Invalid ${validationMessage(fastifyError)}`),
      expected: true,
    };
  const status = fastifyError.statusCode;
  // Malformed JSON, unsupported media types, oversized bodies: the request is wrong, whatever the status.
  if (status && status >= 400 && status < 500)
    return { error: new QodanaError(status, 'VALIDATION_FAILED', fastifyError.message), expected: true };
  return { error: new QodanaError(500, 'UNKNOWN', 'Internal server error'), expected: false };
}

/** Every error and every unknown route under the surface's prefix answers with the Qodana envelope. */
export function registerQodanaErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((thrown: FastifyError, request, reply) => {
    const { error, expected } = toQodanaError(thrown);
    if (!expected) request.log.error({ err: thrown }, 'qodana request failed');
    return reply.status(error.status).send({ name: error.errorName, details: error.details });
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .send({ name: 'UNKNOWN', details: `Endpoint not found: ${request.method} ${request.url.split('?')[0]}` }),
  );
}
