export { analysisDebt, ENGINEER_DAY_MINUTES, type AnalysisDebt } from './tech-debt.js';
export { analysisRatings, type AnalysisRatings } from './ratings.js';
