export type { User } from './users.js';
