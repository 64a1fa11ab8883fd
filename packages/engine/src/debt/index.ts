export {
  complexFunctionMinutes,
  DEFAULT_REMEDIATION_COSTS,
  duplicateMinutes,
  findingMinutes,
  longFunctionMinutes,
} from './remediation.js';
export type { RemediationCosts } from './remediation.js';
export {
  DEFAULT_MINUTES_PER_LINE,
  DEFAULT_RATING_GRID,
  debtRatio,
  maintainabilityRating,
  RATINGS,
  ratingForSeverity,
  RELIABILITY_CATEGORIES,
  reliabilityRating,
  SECURITY_CATEGORIES,
  securityRating,
  worstSeverity,
} from './ratings.js';
export type { Rating } from './ratings.js';
export {
  DEFAULT_HOURLY_RATE,
  debtMinutes,
  qualityScoreFromRatio,
  READABILITY_CATEGORIES,
  technicalDebt,
} from './technical-debt.js';
export type {
  CodeDensity,
  DebtInput,
  DebtMinutes,
  DebtOptions,
  ProjectStatus,
  TechnicalDebtType,
} from './technical-debt.js';
export {
  DEFAULT_FUNCTION_RATING,
  rateFunction,
  SCRUTINIZER_RATINGS,
  scrutinizerQuality,
  scrutinizerRating,
} from './quality.js';
export type {
  FunctionRatingOptions,
  RatedFunction,
  RatingCounts,
  ScrutinizerQuality,
  ScrutinizerRating,
} from './quality.js';
export { countFunctions, summarize } from './summary.js';
export type { FunctionCounts } from './summary.js';
export { projectRatings } from './project-ratings.js';
export type { ProjectRatings, RatingInput } from './project-ratings.js';
