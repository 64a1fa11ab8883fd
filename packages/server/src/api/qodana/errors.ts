import type { DomainError } from '../../domain/errors.js';
import { SurfaceError, type ErrorEnvelope } from '../errors.js';
import { validationMessage } from '../validation-message.js';

/** The error names Plumb answers with; every one is in the `APIError.name` enum of JetBrains' OpenAPI document. */
export const QODANA_ERROR_NAMES = [
  'NO_AUTH',
  'NO_CREDENTIALS_PROVIDED',
  'INVALID_TOKEN',
  'NO_PERMISSION',
  'FEATURE_NOT_SUPPORTED',
  'NO_FILTER_SELECTION',
  'PUBLIC_API_DISABLED',
  'TOO_MANY_PROJECTS_FOR_ORGANIZATION',
  'VALIDATION_FAILED',
  'NO_PROJECT',
  'PROJECT_TOKEN_CREATION_FAILED',
  'UNKNOWN',
] as const;

export type QodanaErrorName = (typeof QODANA_ERROR_NAMES)[number];

/** A refusal in the Qodana envelope, `{name, details}`, with the status it is sent with. */
export const qodanaError = (status: number, name: QodanaErrorName, details: string): SurfaceError =>
  new SurfaceError(status, { name, details });

/** Each domain error's status and name: the one table of this surface. */
const DOMAIN_ERRORS = {
  not_found: [404, 'NO_PROJECT'],
  forbidden: [403, 'NO_PERMISSION'],
  invalid: [400, 'VALIDATION_FAILED'],
  conflict: [400, 'VALIDATION_FAILED'],
  limit_reached: [400, 'TOO_MANY_PROJECTS_FOR_ORGANIZATION'],
} as const satisfies Record<DomainError['kind'], readonly [number, QodanaErrorName]>;

const LIMIT_REACHED_DETAILS =
  'Creation of the project failed because of reaching the limit of projects per organization';

function domainDetails(error: DomainError): string {
  if (error.kind === 'limit_reached') return LIMIT_REACHED_DETAILS;
  return error.kind === 'invalid' ? `Invalid ${error.message}` : error.message;
}

export const QODANA_ENVELOPE: ErrorEnvelope = {
  surface: 'qodana',
  domainStatus: Object.fromEntries(
    Object.entries(DOMAIN_ERRORS).map(([kind, [status]]) => [kind, status]),
  ) as ErrorEnvelope['domainStatus'],
  domainBody: (error) => ({ name: DOMAIN_ERRORS[error.kind][1], details: domainDetails(error) }),
  validationBody: (error) => ({ name: 'VALIDATION_FAILED', details: `Invalid ${validationMessage(error)}` }),
  // Malformed JSON, unsupported media types, oversized bodies: the request is wrong, whatever the status.
  requestBody: (message) => ({ name: 'VALIDATION_FAILED', details: message }),
  internalBody: () => ({ name: 'UNKNOWN', details: 'Internal server error' }),
  unknownRouteBody: (method, path) => ({ name: 'UNKNOWN', details: `Endpoint not found: ${method} ${path}` }),
};
