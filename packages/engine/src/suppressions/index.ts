export { suppressFindings } from './apply.js';
export { readSuppressions, SuppressionCollector } from './collect.js';
export { equivalentNames } from './match.js';
export { dropPlumbIgnored } from './plumb-ignore.js';
export type { Suppression, SuppressionTool } from './types.js';
