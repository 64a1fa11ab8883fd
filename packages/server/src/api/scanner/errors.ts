import { SurfaceError, type ErrorEnvelope } from '../errors.js';
import { validationMessage } from '../validation-message.js';

/** A refusal in the scanner's envelope, `{message}`, with the status it is sent with. */
export const scannerError = (status: number, message: string): SurfaceError => new SurfaceError(status, { message });

/** Plumb's own upload surface: `{message}` bodies; a limit reached on an upload is 413. */
export const SCANNER_ENVELOPE: ErrorEnvelope = {
  surface: 'scanner',
  domainStatus: { not_found: 404, forbidden: 403, invalid: 400, conflict: 409, limit_reached: 413 },
  domainBody: (error) => ({ message: error.message }),
  validationBody: (error) => ({ message: validationMessage(error) }),
  requestBody: (message) => ({ message }),
  internalBody: () => ({ message: 'internal server error' }),
  unknownRouteBody: (method, path) => ({ message: `no route for ${method} ${path}` }),
};
