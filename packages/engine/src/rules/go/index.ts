import type { Rule } from '../types.js';

/** Built-in rules for go: one file per rule, its table test beside it. */
export const GO_RULES: readonly Rule[] = [];
