import type { Rule } from '../types.js';

/** Built-in rules for cpp: one file per rule, its table test beside it. */
export const CPP_RULES: readonly Rule[] = [];
