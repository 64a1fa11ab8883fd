import type { FastifyError, FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { DomainError } from '../../domain/index.js';
import { classifyError } from '../default-errors.js';
import { validationMessage } from '../validation-message.js';

/** Scrutinizer's error body: `{"message": …}`. */
export const MessageSchema = Type.Object({ message: Type.String() });

/** Scrutinizer answers a duplicate as it answers any other rejected input: 400 with a message. */
const DOMAIN_STATUS = { not_found: 404, forbidden: 403, invalid: 400, conflict: 400, limit_reached: 403 } as const;

/** Ranges stated whole, where the schema validator would name only the bound that was crossed. */
const EXPECTED_BY_FIELD: Record<string, string> = {
  page: 'expected an integer of at least 1',
  per_page: 'expected an integer from 1 to 100',
};

const EXPECTED_TYPE: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a JSON object',
  array: 'an array',
};

/** `field: expected …` for a schema-validation error, naming the field the way the request spelled it. */
export function scrutinizerValidationMessage(error: FastifyError): string {
  const [first] = error.validation ?? [];
  if (!first) return error.message;
  const params = first.params as Record<string, unknown>;
  const field = first.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const expected = EXPECTED_BY_FIELD[field];
  if (expected) return `${field}: ${expected}`;
  if (!field && first.keyword === 'type' && error.validationContext === 'body') return 'body: expected a JSON object';
  if (field && first.keyword === 'type' && typeof params.type === 'string')
    return `${field}: expected ${EXPECTED_TYPE[params.type] ?? params.type}`;
  if (field && first.keyword === 'minLength') return `${field}: expected a non-empty string`;
  if (field && first.keyword === 'format') return `${field}: expected a ${String(params.format)}`;
  return validationMessage(error);
}

/** Every failure on this surface leaves as `{message}` with Scrutinizer's status codes. */
export function registerScrutinizerErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) return reply.status(DOMAIN_STATUS[error.kind]).send({ message: error.message });
    if (error.validation) return reply.status(400).send({ message: scrutinizerValidationMessage(error) });
    const { status, message, expected } = classifyError(error);
    if (!expected) request.log.error({ err: error }, 'request failed');
    return reply.status(status).send({ message });
  });
}
