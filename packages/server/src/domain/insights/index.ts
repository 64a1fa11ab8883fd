export { analysisDebt, ENGINEER_DAY_MINUTES, type AnalysisDebt } from './tech-debt.js';
export { analysisRatings, DUPLICATION_GRID, type AnalysisRatings } from './ratings.js';
