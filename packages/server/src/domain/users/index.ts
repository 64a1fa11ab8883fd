export type { User } from './users.js';
export { findOwnUser } from './own-user.js';
