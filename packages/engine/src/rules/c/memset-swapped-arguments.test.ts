import { testRule } from '../rule-tester.case.js';
import { rule } from './memset-swapped-arguments.js';

testRule(rule, {
  valid: [
    'void f(void) { memset(buf, 0, sizeof buf); }',
    'void f(void) { memset(buf, 0, 0); }',
    'void f(int n) { memset(buf, 0xff, n); }',
    "void f(void) { memset(buf, '\\0', 0); }",
  ],
  invalid: [
    {
      code: 'void f(void) {\n  memset(buf, sizeof buf, 0);\n}',
      errors: [
        {
          line: 2,
          message: '`memset` is given a length of 0, so it writes nothing; the value and length look swapped.',
        },
      ],
    },
    { code: 'void f(void) {\n  memset(buf, 0xff, 0);\n}', errors: [{ line: 2 }] },
  ],
});
