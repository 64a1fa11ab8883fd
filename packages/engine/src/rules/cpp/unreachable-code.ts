import { rule as cRule } from '../c/unreachable-code.js';
import { cppEditionOf } from './support/from-c.js';

export const rule = cppEditionOf(cRule, 'unreachable-code', {
  whatItFinds:
    'Statements right after a `return`, `throw`, `break`, `continue`, `goto`, or a call to `exit`/`abort`, in ' +
    'the same block, with no label in between (clang -Wunreachable-code, cppcheck unreachableCode). A ' +
    'defensive `break` after a jump, a `return` after a `throw` that keeps a compiler quiet, a declaration ' +
    'without an initializer and a `(void)name;` use marker (they run nothing), and a statement after a jump ' +
    'that an `#if` may compile out are left alone.',
  example: {
    bad: 'throw std::invalid_argument("empty name");\nlog("rejected");',
    good: 'log("rejected");\nthrow std::invalid_argument("empty name");',
  },
});
