import type { Rule } from '../types.js';

/** Built-in rules for shell: one file per rule, its table test beside it. */
export const SHELL_RULES: readonly Rule[] = [];
