export { tokenizeForClones } from './tokenize.js';
export { DEFAULT_DUPLICATION_OPTIONS, findClones } from './find-clones.js';
export { duplicatedLines } from './duplicated-lines.js';
export type { CloneClass, CloneOccurrence, DuplicationOptions, FileTokens } from './types.js';
export { skippedRanges } from './skipped-ranges.js';
