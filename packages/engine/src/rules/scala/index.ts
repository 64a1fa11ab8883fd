import type { Rule } from '../types.js';

/** Built-in rules for scala: one file per rule, its table test beside it. */
export const SCALA_RULES: readonly Rule[] = [];
