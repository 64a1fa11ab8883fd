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
