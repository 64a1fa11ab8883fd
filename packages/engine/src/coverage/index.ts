export { parseCoverage } from './parse.js';
export { detectCoverageFormat } from './detect.js';
export { CoverageError } from './coverage-error.js';
export { mapCoveragePaths } from './map-paths.js';
export type { CoveragePathMapping, MapCoveragePathsOptions, ReportedPath, UnmatchedCoveragePath } from './map-paths.js';
export { COVERAGE_FORMATS, DEFAULT_MAX_COVERAGE_BYTES } from './model.js';
export type {
  CoverageFormat,
  CoverageInput,
  CoverageReport,
  CoverageTotals,
  FileCoverage,
  ParseCoverageOptions,
} from './model.js';
export { addedLinesDiffArguments, parseAddedLines, type AddedLines } from './added-lines.js';
