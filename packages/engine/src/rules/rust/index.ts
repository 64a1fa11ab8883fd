import type { Rule } from '../types.js';
import { rule as boolComparison } from './bool-comparison.js';
import { rule as dbgMacro } from './dbg-macro.js';
import { rule as deepNesting } from './deep-nesting.js';
import { rule as lenZero } from './len-zero.js';
import { rule as needlessReturn } from './needless-return.js';
import { rule as todoMacro } from './todo-macro.js';
import { rule as tooManyParameters } from './too-many-parameters.js';
import { rule as undocumentedUnsafeBlock } from './undocumented-unsafe-block.js';
import { rule as unreachableCode } from './unreachable-code.js';

/** Built-in rules for rust: one file per rule, its table test beside it. */
export const RUST_RULES: readonly Rule[] = [
  boolComparison,
  dbgMacro,
  deepNesting,
  lenZero,
  needlessReturn,
  todoMacro,
  tooManyParameters,
  undocumentedUnsafeBlock,
  unreachableCode,
];
