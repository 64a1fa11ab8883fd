export { loadConfig, parseConfig } from './load.js';
export { CONFIG_FILE_NAMES, ConfigError, DEFAULT_CONFIG } from './schema.js';
export type { PlumbConfig, TestCodeSettings } from './schema.js';
export { validateConfig } from './validate.js';
