export {
  analysesToRequeue,
  analysesByIds,
  analysisById,
  cancelAnalysis,
  claimAnalysis,
  findAnalysis,
  heartbeat,
  insertAnalysis,
  isFinal,
  latestCompleted,
  listAnalyses,
  moveAnalysis,
  requireRef,
  requireRevision,
  type Analysis,
  type AnalysisKind,
  type AnalysisListing,
  type AnalysisRequest,
  type AnalysisState,
} from './analyses.js';
export { listArtifacts, purgeArtifacts, putArtifact, readArtifact, PLUMB_NODE, type Artifact } from './artifacts.js';
export {
  findIndex,
  indexOfAnalysis,
  indicesOfAnalyses,
  latestIndexPerBranch,
  listIndexFindings,
  type FindingFilter,
  type Index,
  type StoredFinding,
} from './indices.js';
export { resolveIssue, type Issue, type IssueResolution } from './issues.js';
export { scopeOf, storeResults, type BuildInput, type ResultContext } from './results.js';
export { requestAnalysis, type AnalysisQueue } from './queue.js';
export { acceptUpload, findUploadAnalysis, processUpload, uploadProject } from './uploads.js';
export {
  checkUpload,
  DEFAULT_UPLOAD_LIMITS,
  inflateCapped,
  readUpload,
  uploadLimits,
  type UploadDocument,
  type UploadLimits,
  type UploadMetadata,
} from './upload-result.js';
