import { NotFound, type DomainError } from '../../domain/errors.js';
import { SurfaceError, type ErrorEnvelope } from '../errors.js';
import { expectedTypeMessage } from '../validation-message.js';

/** A refusal in CodeStax's envelope, `{detail}` (FastAPI's), with the status it is sent with. */
export const codestaxError = (status: number, detail: string, headers?: Record<string, string>): SurfaceError =>
  new SurfaceError(status, { detail }, headers);

/** CodeStax's names for the domain's objects. */
const NOUNS: Record<string, string> = {
  analysis: 'Scan',
  repository: 'Repository',
  project: 'Repository',
  organization: 'Organization',
  waiver: 'Waiver',
  issue: 'Issue',
};

const domainDetail = (error: DomainError): string =>
  error instanceof NotFound ? `${NOUNS[error.what] ?? error.what} not found` : error.message;

export const CODESTAX_ENVELOPE: ErrorEnvelope = {
  surface: 'codestax',
  domainStatus: { not_found: 404, forbidden: 403, invalid: 400, conflict: 409, limit_reached: 403 },
  domainBody: (error) => ({ detail: domainDetail(error) }),
  validationBody: (error) => ({ detail: expectedTypeMessage(error) }),
  requestBody: (message) => ({ detail: message }),
  internalBody: () => ({ detail: 'Internal Server Error' }),
  unknownRouteBody: () => ({ detail: 'Not Found' }),
};
