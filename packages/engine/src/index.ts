export { LANGUAGES, languageSpec } from './languages/registry.js';
export type { CodigaLanguage, CommentSyntax, LanguageId, LanguageSpec } from './languages/registry.js';
export { loadGrammar, parseSource, parserFor } from './parse/parser.js';
export type { SyntaxNode, Tree } from './parse/parser.js';
export { analyzeDirectory, AnalysisInputError } from './analyze.js';
export type { AnalyzeOptions } from './analyze.js';
export { parseFileResults, sameTools, serializeFileResults } from './reuse/file-results.js';
export type { FileResults } from './reuse/file-results.js';
export { ConfigError, DEFAULT_CONFIG, loadConfig, parseConfig } from './config/index.js';
export type { PlumbConfig, TestCodeSettings } from './config/index.js';
export type { CodeRole } from './roles/code-role.js';
export { countLines } from './metrics/sloc.js';
export { extractFunctions } from './metrics/functions/index.js';
export type { FunctionMetrics } from './metrics/functions/index.js';
export { findClones, tokenizeForClones } from './duplication/index.js';
export type { CloneClass, FileTokens } from './duplication/index.js';
export type * from './model.js';
export { ruleCatalog, rulesOf } from './catalog.js';
export { SEVERITIES, VIOLATION_CATEGORIES, codigaSeverity, compareSeverity } from './findings/types.js';
export type { Finding, Severity, UntrackedFinding, ViolationCategory } from './findings/types.js';
export { fromViolation, toViolation } from './findings/violation.js';
export type { Violation } from './findings/violation.js';
export { METRIC_RULES } from './findings/metric-rules.js';
export type { RuleDocs, RuleMeta } from './rules/types.js';
export { findSecrets, SECRET_RULES } from './secrets/index.js';
export { importSarif, SarifFormatError } from './linters/sarif/index.js';
export type { SarifImport, SarifImportOptions } from './linters/sarif/index.js';
export {
  addedLinesDiffArguments,
  COVERAGE_FORMATS,
  CoverageError,
  DEFAULT_MAX_COVERAGE_BYTES,
  detectCoverageFormat,
  mapCoveragePaths,
  parseAddedLines,
  parseCoverage,
} from './coverage/index.js';
export type {
  AddedLines,
  CoverageFormat,
  CoverageInput,
  CoveragePathMapping,
  CoverageReport,
  CoverageTotals,
  FileCoverage,
  MapCoveragePathsOptions,
  ParseCoverageOptions,
  ReportedPath,
  UnmatchedCoveragePath,
} from './coverage/index.js';
export { BUNDLED_LINTERS, bundledLinterRules, runLinters } from './linters/index.js';
export { toSarif } from './report/sarif.js';
export type { SarifExportOptions, SarifLogObject } from './report/sarif.js';
export { toGitlabCodeQuality } from './report/gitlab.js';
export type { GitlabCodeQualityIssue } from './report/gitlab.js';
export {
  codeHash,
  diffAnalyses,
  lineHashes,
  matchFindings,
  ruleKey,
  splitLines,
  trackFindings,
} from './tracking/index.js';
export type {
  AnalysisDiff,
  DiffInput,
  DiffOptions,
  FindingMatch,
  FlattenedDuplicate,
  LineHashLookup,
  MatchedFinding,
  MatchOptions,
  ReadLines,
} from './tracking/index.js';
export {
  countFunctions,
  debtMinutes,
  debtRatio,
  DEFAULT_HOURLY_RATE,
  maintainabilityRating,
  projectRatings,
  reliabilityRating,
  scrutinizerQuality,
  securityRating,
  summarize,
  technicalDebt,
} from './debt/index.js';
export type {
  CodeDensity,
  ProjectRatings,
  ProjectStatus,
  Rating,
  ScrutinizerQuality,
  TechnicalDebtType,
} from './debt/index.js';
export { formatJson, formatText } from './report/index.js';
export { walkFiles, walkSourceFiles } from './walk/index.js';
export type { SourceFile, TextFile, WalkResult } from './walk/index.js';
export { analyzeFiles } from './worker/index.js';
export type { FileOutcome, FileTask } from './worker/index.js';
export { ENGINE_VERSION, linterVersions } from './version.js';
export {
  auditLicenses,
  hasPolicy,
  isRefused,
  isSpdxId,
  LICENSE_RULE,
  licenseFindings,
  permitted,
  toSpdx,
  underPolicy,
} from './licenses/index.js';
export type { DeclaredLicense, LicenseAudit, LicensePolicy, LicenseSource } from './licenses/index.js';
