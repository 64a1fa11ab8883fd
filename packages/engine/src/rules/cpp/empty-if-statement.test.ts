import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-if-statement.js';

testRule(rule, {
  valid: [
    'void f() { if (auto p = find()) use(p); }',
    'void f() { if (x) { /* nothing to do: cached */ } else g(); }',
    'void f() { if constexpr (kDebug) trace(); }',
  ],
  invalid: [
    {
      code: 'int f(std::size_t len) {\n  if (len > kMax);\n    return -1;\n  return 0;\n}',
      errors: [{ line: 2, message: 'Stray `;` makes this `if` do nothing.' }],
    },
    { code: 'void f() {\n  if (ready) {\n  }\n}', errors: [{ line: 2, message: 'Empty `if` body.' }] },
  ],
});
