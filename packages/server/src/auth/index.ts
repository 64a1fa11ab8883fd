export { authenticate } from './authenticate.js';
export type { Authentication, AuthenticationOptions } from './authenticate.js';
export { credentialFromRequest } from './credentials.js';
