import type { Rule } from '../types.js';
import { rule as assignmentInCondition } from './assignment-in-condition.js';
import { rule as catchByValue } from './catch-by-value.js';
import { rule as deepNesting } from './deep-nesting.js';
import { rule as emptyCatchBlock } from './empty-catch-block.js';
import { rule as emptyIfStatement } from './empty-if-statement.js';
import { rule as formatStringNotLiteral } from './format-string-not-literal.js';
import { rule as memsetSwappedArguments } from './memset-swapped-arguments.js';
import { rule as switchFallthrough } from './switch-fallthrough.js';
import { rule as tooManyParameters } from './too-many-parameters.js';
import { rule as unboundedStringCopy } from './unbounded-string-copy.js';
import { rule as unreachableCode } from './unreachable-code.js';
import { rule as usingNamespaceInHeader } from './using-namespace-in-header.js';

/** Built-in rules for cpp: one file per rule, its table test beside it. */
export const CPP_RULES: readonly Rule[] = [
  emptyCatchBlock,
  catchByValue,
  assignmentInCondition,
  unreachableCode,
  switchFallthrough,
  unboundedStringCopy,
  formatStringNotLiteral,
  memsetSwappedArguments,
  emptyIfStatement,
  usingNamespaceInHeader,
  tooManyParameters,
  deepNesting,
];
