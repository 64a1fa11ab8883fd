export { TOKEN_PREFIXES, type IssuedToken } from './issue.js';
export {
  API_KEY_ROLES,
  createApiKey,
  listApiKeys,
  revokeApiKey,
  type ApiKey,
  type ApiKeyRole,
  type NewApiKey,
} from './api-keys.js';
export { createProjectToken, listProjectTokens, revokeProjectToken, type TokenRecord } from './manage.js';
export { resolveCredential, type Credential } from './resolve.js';
export {
  createKeyPair,
  createUserToken,
  listUserTokens,
  revokeKeyPair,
  revokeUserToken,
  type NewKeyPair,
} from './key-pairs.js';
