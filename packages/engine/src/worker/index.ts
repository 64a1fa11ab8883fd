export { analyzeFile } from './file-analysis.js';
export { AnalysisPool, analyzeFiles } from './pool.js';
export type { PoolOptions, PoolRun } from './pool.js';
export { DEFAULT_FILE_LIMITS } from './task.js';
export type {
  AnalysisTask,
  AnalyzedFile,
  ExcludedFile,
  FailedFile,
  FileLimits,
  FileOutcome,
  FileTask,
  ScannedFile,
  TaskOutcome,
  TextScanTask,
} from './task.js';
