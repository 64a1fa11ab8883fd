import type { Rule } from '../types.js';
import { rule as assignmentInCondition } from './assignment-in-condition.js';
import { rule as commandInjection } from './command-injection.js';
import { rule as deepNesting } from './deep-nesting.js';
import { rule as emptyIfStatement } from './empty-if-statement.js';
import { rule as formatStringNotLiteral } from './format-string-not-literal.js';
import { rule as getsCall } from './gets-call.js';
import { rule as memsetSwappedArguments } from './memset-swapped-arguments.js';
import { rule as scanfUnboundedString } from './scanf-unbounded-string.js';
import { rule as shellCommandHotspot } from './shell-command-hotspot.js';
import { rule as sizeofPointer } from './sizeof-pointer.js';
import { rule as switchFallthrough } from './switch-fallthrough.js';
import { rule as tooManyParameters } from './too-many-parameters.js';
import { rule as unboundedStringCopy } from './unbounded-string-copy.js';
import { rule as unreachableCode } from './unreachable-code.js';

/** Built-in rules for c: one file per rule, its table test beside it. */
export const C_RULES: readonly Rule[] = [
  getsCall,
  unboundedStringCopy,
  scanfUnboundedString,
  formatStringNotLiteral,
  commandInjection,
  shellCommandHotspot,
  assignmentInCondition,
  unreachableCode,
  switchFallthrough,
  sizeofPointer,
  memsetSwappedArguments,
  emptyIfStatement,
  tooManyParameters,
  deepNesting,
];
