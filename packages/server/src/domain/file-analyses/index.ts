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
  releaseFileAnalysis,
  type FileAnalysisRun,
} from './runs.js';
