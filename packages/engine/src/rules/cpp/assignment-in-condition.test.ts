import { testRule } from '../rule-tester.case.js';
import { rule } from './assignment-in-condition.js';

testRule(rule, {
  valid: [
    'void f() { if (auto p = find()) use(p); }',
    'void f() { if ((p = next())) use(p); }',
    'void f() { if (auto it = m.find(k); it != m.end()) use(it); }',
    // The grammar reads `c < ' ' && static_cast<…>(…) >` as template arguments and `>=` as `>` and `=`.
    "void f() {\n  if (*cur < ' ' && static_cast<signed char>(*cur) >= 0)\n    fail();\n}",
    'void f() { while (std::getline(in, line)) use(line); }',
  ],
  invalid: [
    {
      code: 'void f() {\n  if (state = State::Done)\n    finish();\n}',
      errors: [{ line: 2, message: 'Assignment used as a condition; `==` was probably meant.' }],
    },
    { code: 'void f() {\n  if (int n = size(); n = 0) { }\n}', errors: [{ line: 2 }] },
  ],
});
