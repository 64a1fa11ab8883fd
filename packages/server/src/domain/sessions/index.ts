export { changePassword, login, MIN_PASSWORD_LENGTH, type LoginRequest } from './login.js';
export { issueSession, resolveSession, revokeSession, SESSION_SECONDS, type IssuedSession } from './tokens.js';
export { createFirstOrganization, isFirstRun, type FirstOrganization } from './first-run.js';
export { switchSessionOrganization } from './switch.js';
