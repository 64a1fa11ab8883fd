export { codeHash, lineHashes, splitLines } from './line-hash.js';
export { ruleKey, trackFindings } from './fingerprint.js';
export type { ReadLines } from './fingerprint.js';
export { matchFindings } from './match.js';
export type { FindingMatch, LineHashLookup, MatchedFinding, MatchOptions } from './match.js';
export { diffAnalyses } from './diff.js';
export type { AnalysisDiff, DiffInput, DiffOptions, FlattenedDuplicate } from './diff.js';
