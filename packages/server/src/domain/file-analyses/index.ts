export {
  checkedFilename,
  findFileAnalysis,
  MAX_FILE_ANALYSIS_BYTES,
  requestFileAnalysis,
  type FileAnalysis,
  type FileAnalysisRequest,
} from './requests.js';
export {
  claimFileAnalysis,
  completeFileAnalysis,
  failFileAnalysis,
  FILE_ANALYSIS_RETENTION_MS,
  purgeFileAnalyses,
  releaseFileAnalysis,
  type FileAnalysisRun,
} from './runs.js';
