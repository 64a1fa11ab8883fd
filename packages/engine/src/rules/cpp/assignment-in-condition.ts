import { rule as cRule } from '../c/assignment-in-condition.js';
import { cppEditionOf } from './support/from-c.js';

export const rule = cppEditionOf(cRule, 'assignment-in-condition', {
  whatItFinds:
    'An `if`, `while`, `do` or `for` condition that is a plain assignment, ' +
    '`if (x = y)` (GCC -Wparentheses, clang-tidy bugprone-assignment-in-if-condition). ' +
    'Extra parentheses and C++17 `if (auto x = f())` declarations are left alone.',
  example: { bad: 'if (state = State::Done) finish();', good: 'if (state == State::Done) finish();' },
});
