export {
  ANALYSIS_STATES,
  analysesToRequeue,
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
  releaseAnalysis,
  requireRef,
  requireRevision,
  type Analysis,
  type AnalysisKind,
  type AnalysisListing,
  type AnalysisRequest,
  type AnalysisState,
  type ScanType,
} from './analyses.js';
export { scheduleBranchAnalysis, triggerableRepository, triggerScan } from './triggers.js';
export { listArtifacts, purgeArtifacts, putArtifact, readArtifact, PLUMB_NODE, type Artifact } from './artifacts.js';
export {
  findIndex,
  indexOfAnalysis,
  indexOfAnalysisWithoutTree,
  indicesOfAnalyses,
  latestIndexPerBranch,
  listIndexFindings,
  REPORTED_STATUSES,
  type FindingFilter,
  type Index,
  type StoredFinding,
} from './indices.js';
export {
  findOrganizationAnalysis,
  listOrganizationAnalyses,
  type OrganizationAnalysis,
  type OrganizationAnalysisFilter,
} from './scans.js';
export {
  markFalsePositive,
  resolveIssue,
  resolveOrganizationIssue,
  type Issue,
  type IssueResolution,
  type IssueTarget,
} from './issues.js';
export {
  countIssues,
  issueFacets,
  pageOfIssues,
  type IssueFacets,
  type IssueListFilter,
  type IssuePage,
  type ListedIssue,
} from './issue-pages.js';
export { buildVerdict, type BuildInput, type BuildVerdict } from './build.js';
export { scopeOf, storeResults, type ResultContext } from './results.js';
export { requestAnalysis, type AnalysisQueue } from './queue.js';
export {
  latestDefaultBranchReports,
  reportedRules,
  ruleName,
  type DefaultBranchReport,
  type ReportedRule,
  type RuleProblems,
} from './reports.js';
export {
  cancelInspection,
  findInspection,
  findRepositoryIndex,
  listInspectionArtifacts,
  listInspections,
  listRepositoryIndexFindings,
  readableRepository,
  readableRepositoryWithApplications,
  readInspectionArtifact,
  requestInspection,
  writableRepository,
  type Application,
  type Inspection,
  type InspectionRequest,
} from './inspections.js';
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
export {
  countProjectAnalyses,
  findReadableAnalyses,
  latestCompletedAnalyses,
  listProjectAnalyses,
  type AnalysisFilter,
  type AnalysisView,
  type IndexFigures,
} from './project-analyses.js';
export { countIndexFindings, pageOfIndexFindings, type FindingOrder } from './ordered-findings.js';
export {
  countFunctions,
  listDuplicates,
  listFunctions,
  occurrencesOfDuplicates,
  type FileFilter,
  type FunctionFilter,
  type FunctionOrder,
  type StoredDuplicate,
  type StoredFunction,
  type StoredOccurrence,
} from './code-fact-reads.js';
export { codeSizesUnder, type CodeSize } from './code-sizes.js';
export { treeChildren } from './tree.js';
export { analysisFacts, diffOfFacts, type AnalysisFacts } from './analysis-diff.js';
export {
  dropFetchCredential,
  openFetchCredential,
  sealedFetchCredential,
  sealFetchCredential,
  type HttpCredential,
} from './fetch-credentials.js';
