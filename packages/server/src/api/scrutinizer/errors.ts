import type { FastifyError } from 'fastify';
import { SurfaceError, type ErrorEnvelope } from '../errors.js';
import { EXPECTED_TYPE, validationMessage } from '../validation-message.js';

/** A refusal in Scrutinizer's envelope, `{message}`, with the status it is sent with. */
export const scrutinizerError = (status: number, message: string): SurfaceError =>
  new SurfaceError(status, { message });

/** Ranges stated whole, where the schema validator would name only the bound that was crossed. */
const EXPECTED_BY_FIELD: Record<string, string> = {
  page: 'expected an integer of at least 1',
  per_page: 'expected an integer from 1 to 100',
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

export const SCRUTINIZER_ENVELOPE: ErrorEnvelope = {
  surface: 'scrutinizer',
  // Scrutinizer answers a duplicate as it answers any other rejected input: 400 with a message.
  domainStatus: { not_found: 404, forbidden: 403, invalid: 400, conflict: 400, limit_reached: 403 },
  domainBody: (error) => ({ message: error.message }),
  validationBody: (error) => ({ message: scrutinizerValidationMessage(error) }),
  requestBody: (message) => ({ message }),
  internalBody: () => ({ message: 'internal server error' }),
  unknownRouteBody: (method, path) => ({ message: `no route for ${method} ${path}` }),
};
