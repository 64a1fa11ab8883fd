export { TOKEN_PREFIXES, type IssuedToken } from './issue.js';
export { createProjectToken, listProjectTokens, revokeProjectToken, type TokenRecord } from './manage.js';
export { resolveCredential, type Credential } from './resolve.js';
