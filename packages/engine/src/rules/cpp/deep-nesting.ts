import { rule as cRule } from '../c/deep-nesting.js';
import { cppEditionOf } from './support/from-c.js';

export const rule = cppEditionOf(cRule, 'deep-nesting', {
  whatItFinds: 'Control flow (if, loops including range-for, switch, try) nested deeper than the configured maximum (4 by default) inside one function, lambdas included; reported once per function (clang-tidy readability-function-size NestingThreshold).',
});
