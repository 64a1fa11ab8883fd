import { rule as cRule } from '../c/deep-nesting.js';
import { cppEditionOf } from './support/from-c.js';

export const rule = cppEditionOf(cRule, 'deep-nesting', {
  whatItFinds:
    '`if` and loops (range-for included) nested deeper than the configured maximum (5 by default) inside one ' +
    'function, lambdas included; `switch` and `try` add no level; reported once per function (clang-tidy ' +
    'readability-function-size NestingThreshold, narrowed); test code is skipped, test files and ' +
    '`#ifdef REDIS_TEST`-style branches alike (SonarQube runs its nesting rule on main code only).',
});
