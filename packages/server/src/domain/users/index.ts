export type { User } from './users.js';
export { findOwnUser } from './own-user.js';
export { findProjectCreators } from './project-creators.js';
