export { authenticate } from './authenticate.js';
export type { Authentication } from './authenticate.js';
export { credentialFromRequest } from './credentials.js';
