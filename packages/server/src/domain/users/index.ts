export { emailKey, findUserByEmail, type User } from './users.js';
