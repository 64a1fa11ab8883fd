export { findSecrets, MAX_FILE_LENGTH, MAX_LINE_LENGTH, SECRET_RULES } from './find-secrets.js';
export { dropTestOnlyKeys } from './test-only-keys.js';
