export { suppressFindings } from './apply.js';
export { readSuppressions, SuppressionCollector } from './collect.js';
export { suppressAcrossModules } from './modules.js';
export { dropPlumbIgnored } from './plumb-ignore.js';
export { plumbRuleMeta } from './rule-metas.js';
export type { Suppression, SuppressionTool } from './types.js';
