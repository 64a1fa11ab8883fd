import type { Rule } from '../types.js';
import { rule as booleanComparison } from './boolean-comparison.js';
import { rule as catchThrowable } from './catch-throwable.js';
import { rule as deepNesting } from './deep-nesting.js';
import { rule as emptyCatchCase } from './empty-catch-case.js';
import { rule as optionGet } from './option-get.js';
import { rule as redundantFilter } from './redundant-filter.js';
import { rule as returnStatement } from './return-statement.js';
import { rule as sizeComparison } from './size-comparison.js';
import { rule as tooManyParameters } from './too-many-parameters.js';

/** Built-in rules for scala: one file per rule, its table test beside it. */
export const SCALA_RULES: readonly Rule[] = [
  booleanComparison,
  catchThrowable,
  deepNesting,
  emptyCatchCase,
  optionGet,
  redundantFilter,
  returnStatement,
  sizeComparison,
  tooManyParameters,
];
