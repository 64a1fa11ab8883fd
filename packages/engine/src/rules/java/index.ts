import type { Rule } from '../types.js';
import { rule as emptyCatchBlock } from './empty-catch-block.js';

/** Built-in rules for java: one file per rule, its table test beside it. */
export const JAVA_RULES: readonly Rule[] = [emptyCatchBlock];
