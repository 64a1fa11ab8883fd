import type { LicenseAudit } from './licenses/types.js';
import type { ProjectRatings, ScrutinizerQuality, TechnicalDebtType } from './debt/index.js';
import type { Violation } from './findings/violation.js';
import type { CodigaLanguage } from './languages/registry.js';
import type { CodeRole } from './roles/code-role.js';
import type { RuleMeta } from './rules/types.js';

/** Codiga's AnalysisErrorType: why one file could not be analyzed, named after its language. */
export type AnalysisErrorType =
  | 'Unknown'
  | 'TooManyLines'
  | 'ShellError'
  | 'ScalaError'
  | 'SecurityError'
  | 'PythonError'
  | 'PhpError'
  | 'JavascriptError'
  | 'JavaError'
  | 'GoError'
  | 'DuplicationFindError'
  | 'CppError'
  | 'AuthenticationError';

/** One file that could not be read or parsed; the run goes on without it. */
export interface AnalysisError {
  type: AnalysisErrorType;
  filename: string;
  message: string;
}

export interface LineCounts {
  code: number;
  comment: number;
  blank: number;
}

/** Per-file size, as `files` in the JSON document. */
export interface FileSummary extends LineCounts {
  filename: string;
  language: CodigaLanguage;
  duplicatedLines: number;
  /** `main`, or `test` for tests, benchmarks, fixtures and examples (`.plumb.yml` `tests:`). */
  role: CodeRole;
}

/** The files and code lines of one role. */
export interface CodePopulation {
  files: number;
  lines: number;
}

/** Codiga's ComplexFunction. */
export interface ComplexFunction {
  complexity: number;
  filename: string;
  functionName: string;
  length: number;
  lineStart: number;
  lineEnd: number;
  nbParameters: number;
  language: CodigaLanguage;
}

/** Every function of the analysis: Codiga's fields plus cognitive complexity and nesting depth. */
export interface AnalysisFunction extends ComplexFunction {
  cognitiveComplexity: number;
  nestingDepth: number;
  /** `test` in a test file or in a test item of a main file (Rust's `#[cfg(test)] mod tests`), else `main`. */
  role: CodeRole;
}

/** Codiga's DuplicateOccurrence, plus the last line so that a reader can cut the fragment out. */
export interface DuplicateOccurrence {
  filename: string;
  line: number;
  lineEnd: number;
}

/** Codiga's Duplicate (a clone class), with its token count and whether names and literals differ. */
export interface Duplicate {
  id: number;
  lineCount: number;
  tokenCount: number;
  kind: 'identical' | 'similar';
  code: string;
  occurrences: DuplicateOccurrence[];
}

/** Codiga's AnalysisResultStatType: code lines of one language. */
export interface AnalysisResultStatType {
  language: CodigaLanguage;
  lines: number;
}

export interface AnalysisNodeViolationsPerLanguage {
  language: CodigaLanguage;
  violations: number;
}

/** Codiga's AnalysisNode: one file or directory of the tree, with its counts. */
export interface AnalysisNode {
  name: string;
  isFile: boolean;
  fullPath: string;
  violations: number;
  duplicates: number;
  violationsPerLanguage: AnalysisNodeViolationsPerLanguage[];
  complexFunctions: number;
  longFunctions: number;
  totalFunctions: number;
}

/** Codiga's AnalysisResultSummary, with violation counts per Codiga severity (1 critical … 4 info). */
export interface AnalysisResultSummary {
  duplicated_lines: number;
  duplicated_linesPerSloc: number | null;
  duplicates: number;
  duplicatesPerSloc: number | null;
  violations: number;
  violationsDocumentation: number;
  violationsPerformance: number;
  violationsDeployment: number;
  violationsDesign: number;
  violationsSecurity: number;
  violationsSafety: number;
  violationsBest_practice: number;
  violationsCode_style: number;
  violationsError_prone: number;
  violationsUnknown: number;
  violationsDocumentationPerSloc: number | null;
  violationsPerformancePerSloc: number | null;
  violationsDeploymentPerSloc: number | null;
  violationsDesignPerSloc: number | null;
  violationsSecurityPerSloc: number | null;
  violationsSafetyPerSloc: number | null;
  violationsBest_practicePerSloc: number | null;
  violationsCode_stylePerSloc: number | null;
  violationsError_pronePerSloc: number | null;
  violationsUnknownPerSloc: number | null;
  violationsSeverity1: number;
  violationsSeverity2: number;
  violationsSeverity3: number;
  violationsSeverity4: number;
  violationsSeverity1PerSloc: number | null;
  violationsSeverity2PerSloc: number | null;
  violationsSeverity3PerSloc: number | null;
  violationsSeverity4PerSloc: number | null;
  complexFunctionsRate: number | null;
  longFunctionsRate: number | null;
  longFunctions: number;
  complexFunctions: number;
  totalFunctions: number;
}

/** Source files of one language handed to the parser, and how many gave a usable tree. */
export interface LanguageParseCoverage {
  language: CodigaLanguage;
  files: number;
  parsed: number;
  /** `parsed / files` in percent, one decimal. */
  percent: number;
}

/** The share of source files parsed, overall and per language (CodeStax's `parse_coverage_pct`). */
export interface ParseCoverage {
  files: number;
  parsed: number;
  percent: number;
  languages: LanguageParseCoverage[];
}

/** The thresholds an analysis ran with, so a reader knows what "complex" and "long" meant. */
export interface AnalysisThresholds {
  complexity: number;
  length: number;
  minTokens: number;
  minLines: number;
}

/** One analysis of a directory: Codiga's Analysis fields plus `files` and `functions`. */
export interface Analysis {
  status: 'Done';
  startTimestamp: number;
  runningTimeSeconds: number;
  thresholds: AnalysisThresholds;
  summary: AnalysisResultSummary;
  slocs: number;
  stats: AnalysisResultStatType[];
  /** How many source files gave a usable tree; the others count for size and secrets only, or not at all. */
  parsing: ParseCoverage;
  errors: AnalysisError[];
  /** Files and code lines of main and of test code; `slocs`, `stats`, duplication and ratings count main code. */
  codeByRole: Record<CodeRole, CodePopulation>;
  /** Every directory and file, sorted by fullPath; Codiga's `tree(prefix)` keeps one level of it. */
  tree: AnalysisNode[];
  duplicates: Duplicate[];
  complexFunctions: ComplexFunction[];
  longFunctions: ComplexFunction[];
  files: FileSummary[];
  functions: AnalysisFunction[];
  /** Every finding of every tool, tracked: Codiga's Violation fields plus Plumb's level, place and remediation. */
  violations: Violation[];
  /** Codiga's TechnicalDebtType. */
  techdebt: TechnicalDebtType;
  /** SonarQube's maintainability, reliability and security ratings, with the debt they are read from. */
  ratings: ProjectRatings;
  /** Scrutinizer's quality score (0–10) and the rating distribution of its functions. */
  quality: Omit<ScrutinizerQuality, 'functions'> & { ratedFunctions: number };
  /** The rules behind the violations, for SARIF drivers and inspection listings. */
  rules: RuleMeta[];
  /** The project's own licenses and its dependencies', as its checkout declares them. */
  licenses: LicenseAudit;
}
