// The light entry `@plumb/engine/prestart`: what the CLI needs before it loads the engine itself.
export { prestartAnalysisThreads } from './worker/prestart.js';
export { SEVERITIES, compareSeverity, type Severity } from './findings/types.js';
