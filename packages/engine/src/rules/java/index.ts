import type { Rule } from '../types.js';
import { rule as boxedPrimitiveConstructor } from './boxed-primitive-constructor.js';
import { rule as catchThrowable } from './catch-throwable.js';
import { rule as deepNesting } from './deep-nesting.js';
import { rule as emptyCatchBlock } from './empty-catch-block.js';
import { rule as emptyIfStatement } from './empty-if-statement.js';
import { rule as printStackTrace } from './print-stack-trace.js';
import { rule as returnInFinally } from './return-in-finally.js';
import { rule as selfAssignment } from './self-assignment.js';
import { rule as stringReferenceComparison } from './string-reference-comparison.js';
import { rule as systemOutPrint } from './system-out-print.js';
import { rule as tooManyParameters } from './too-many-parameters.js';

/** Built-in rules for java: one file per rule, its table test beside it. */
export const JAVA_RULES: readonly Rule[] = [
  emptyCatchBlock,
  catchThrowable,
  returnInFinally,
  stringReferenceComparison,
  selfAssignment,
  emptyIfStatement,
  printStackTrace,
  systemOutPrint,
  boxedPrimitiveConstructor,
  tooManyParameters,
  deepNesting,
];
