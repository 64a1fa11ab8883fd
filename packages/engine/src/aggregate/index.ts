export { buildAnalysis } from './analysis.js';
export type { AnalysisParts } from './analysis.js';
export type { ParseAttempt } from './parse-coverage.js';
