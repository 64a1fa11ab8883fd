import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-if-statement.js';

testRule(rule, {
  valid: [
    'class A { void f() { if (a) { g(); } else { h(); } } }',
    'class A { void f() { if (a) { /* nothing to do: already cached */ } else { h(); } } }',
    'class A { void f() { if (a) g(); else if (b) h(); } }',
    'class A { void f() { while (a); } }',
  ],
  invalid: [
    {
      code: 'class A {\n  void f() {\n    if (user == null);\n      fail();\n  }\n}',
      errors: [{ line: 3, message: 'Stray `;` makes this `if` do nothing.' }],
    },
    {
      code: 'class A {\n  void f() {\n    if (a) {\n    } else {\n      g();\n    }\n  }\n}',
      errors: [{ line: 3, message: 'Empty `if` body.' }],
    },
    {
      code: 'class A {\n  void f() {\n    if (a) {\n      g();\n    } else {\n    }\n  }\n}',
      errors: [{ line: 5, message: 'Empty `else` block.' }],
    },
  ],
});
