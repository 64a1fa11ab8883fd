export { buildAnalysis } from './analysis.js';
export type { AnalysisParts } from './analysis.js';
export { formatJson } from './json.js';
export { formatText } from './text.js';
