import type { Rule } from '../types.js';

/** Built-in rules for ruby: one file per rule, its table test beside it. */
export const RUBY_RULES: readonly Rule[] = [];
