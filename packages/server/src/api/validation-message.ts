import type { FastifyError } from 'fastify';

/** Turns a Fastify schema-validation error into one line naming the field, e.g. `per_page: must be <= 100`. */
export function validationMessage(error: FastifyError): string {
  const [first] = error.validation ?? [];
  if (!first) return error.message;
  const params = first.params as Record<string, unknown>;
  const path = first.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const field =
    typeof params.missingProperty === 'string'
      ? [path, params.missingProperty].filter(Boolean).join('.')
      : typeof params.additionalProperty === 'string'
        ? [path, params.additionalProperty].filter(Boolean).join('.')
        : path || error.validationContext || 'body';
  if (typeof params.missingProperty === 'string') return `${field}: is required`;
  if (typeof params.additionalProperty === 'string') return `${field}: is not an accepted field`;
  if (Array.isArray(params.allowedValues)) return `${field}: expected one of ${params.allowedValues.join(', ')}`;
  return `${field}: ${first.message ?? 'is invalid'}`;
}

/** What a schema type expects, as a refusal says it. */
export const EXPECTED_TYPE: Record<string, string> = {
  integer: 'an integer',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a JSON object',
  array: 'an array',
};

/** As `validationMessage`, with a wrong type said as what was expected: `enabled: expected true or false`. */
export function expectedTypeMessage(error: FastifyError): string {
  const [first] = error.validation ?? [];
  const type = (first?.params as { type?: unknown } | undefined)?.type;
  if (first?.keyword !== 'type' || typeof type !== 'string' || !EXPECTED_TYPE[type]) return validationMessage(error);
  const field = first.instancePath.replace(/^\//, '').replaceAll('/', '.') || error.validationContext || 'body';
  return `${field}: expected ${EXPECTED_TYPE[type]}`;
}
