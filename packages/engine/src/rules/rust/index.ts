import type { Rule } from '../types.js';

/** Built-in rules for rust: one file per rule, its table test beside it. */
export const RUST_RULES: readonly Rule[] = [];
