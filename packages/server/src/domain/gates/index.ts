export {
  getGateConfig,
  organizationGateConfig,
  saveGateConfig,
  type GateConfig,
  type GateConfigInput,
} from './config.js';
export { DEFAULT_POLICY, POLICY_KEYS, RATINGS, type GatePolicy, type Rating } from './policy.js';
export { COVERAGE_GRID, coverageRating, DUPLICATION_GRID, qualityRatings, worstRating } from './rating.js';
export { CODESTAX_SEVERITIES, CODESTAX_SEVERITY, type CodeStaxSeverity, type SeverityCounts } from './severity.js';
export { rebuildBaseline } from './baseline.js';
export {
  analysisGate,
  forgetGateVerdict,
  previewGate,
  storedGateVerdict,
  VERDICT_CACHE_MS,
  type AnalysisGate,
  type GatePreview,
} from './status.js';
export { createWaiver, listWaivers, revokeWaiver, type Waiver, type WaiverFilter } from './waivers.js';
export type { GateStatus, GateVerdict } from './evaluate.js';
export type { GateViolation } from '../../store/index.js';
export { gateReferenceRevision, uploadReferenceRevision } from './reference.js';
export { remeasureNewCoverage } from './completion.js';
export type { NewLines, NewLinesAgainst } from './new-coverage.js';
