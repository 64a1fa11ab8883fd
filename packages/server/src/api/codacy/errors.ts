import { NotFound, type DomainError } from '../../domain/errors.js';
import { SurfaceError, type ErrorEnvelope } from '../errors.js';
import { validationMessage } from '../validation-message.js';

/** A refusal in Codacy's envelope, `{message}`, with the status it is sent with. */
export const codacyError = (status: number, message: string): SurfaceError => new SurfaceError(status, { message });

/** "Repository not found", as Codacy words it. */
const domainMessage = (error: DomainError): string =>
  error instanceof NotFound ? `${error.what.charAt(0).toUpperCase()}${error.what.slice(1)} not found` : error.message;

export const CODACY_ENVELOPE: ErrorEnvelope = {
  surface: 'codacy',
  domainStatus: { not_found: 404, forbidden: 403, invalid: 400, conflict: 409, limit_reached: 403 },
  domainBody: (error) => ({ message: domainMessage(error) }),
  validationBody: (error) => ({ message: validationMessage(error) }),
  requestBody: (message) => ({ message }),
  internalBody: () => ({ message: 'Internal server error' }),
  unknownRouteBody: (method, path) => ({ message: `Endpoint not found: ${method} ${path}` }),
};
