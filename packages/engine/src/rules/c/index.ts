import type { Rule } from '../types.js';

/** Built-in rules for c: one file per rule, its table test beside it. */
export const C_RULES: readonly Rule[] = [];
