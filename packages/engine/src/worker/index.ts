export { analyzeFile } from './file-analysis.js';
export { analyzeFiles } from './pool.js';
export type { PoolOptions, PoolRun } from './pool.js';
export { DEFAULT_FILE_LIMITS } from './task.js';
export type { AnalyzedFile, ExcludedFile, FailedFile, FileLimits, FileOutcome, FileTask } from './task.js';
