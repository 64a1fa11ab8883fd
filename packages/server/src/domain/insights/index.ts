export { analysisDebt, ENGINEER_DAY_MINUTES, type AnalysisDebt } from './tech-debt.js';
export { analysisRatings, type AnalysisRatings } from './ratings.js';
export {
  INSIGHT_INSTANTS,
  insightInstants,
  inspectionInsights,
  projectInsights,
  type InsightsQuery,
  type InspectionInsight,
  type ProjectInsight,
  type SeverityProblems,
} from './query.js';
