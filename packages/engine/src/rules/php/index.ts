import type { Rule } from '../types.js';

/** Built-in rules for php: one file per rule, its table test beside it. */
export const PHP_RULES: readonly Rule[] = [];
