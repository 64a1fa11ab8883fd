export { getGateConfig, saveGateConfig, type GateConfig, type GateConfigInput } from './config.js';
export { DEFAULT_POLICY, RATINGS, type GatePolicy, type Rating } from './policy.js';
