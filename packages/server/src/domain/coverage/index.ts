export { storeCoverage, type StoreCoverageOptions } from './store-coverage.js';
export {
  coverageOf,
  coverageSummaries,
  fileCoverageOf,
  type CoverageSummary,
  type FileCoverageSummary,
  type StoredCoverage,
} from './read.js';
export {
  readCoverageReports,
  requireCoverageFormat,
  type CoverageUpload,
  type CoveredFile,
  type MappedCoverage,
} from './read-reports.js';
export { writeCoverage } from './write.js';
export type { LineColumns } from './merge.js';
