import { testRule } from '../rule-tester.case.js';
import { rule } from './memset-swapped-arguments.js';

testRule(rule, {
  valid: [
    'void f(Header& h) { std::memset(&h, 0, sizeof h); }',
    'void f() { memset(buf, 0, 0); }',
    'void f(std::vector<char>& v) { std::fill(v.begin(), v.end(), 0); }',
  ],
  invalid: [
    {
      code: 'void f(Header& h) {\n  std::memset(&h, sizeof h, 0);\n}',
      errors: [
        {
          line: 2,
          message: '`memset` is given a length of 0, so it writes nothing; the value and length look swapped.',
        },
      ],
    },
    { code: 'void f() {\n  memset(buf, 1, 0u);\n}', errors: [{ line: 2 }] },
  ],
});
