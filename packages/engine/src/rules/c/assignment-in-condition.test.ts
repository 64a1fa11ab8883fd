import { testRule } from '../rule-tester.case.js';
import { rule } from './assignment-in-condition.js';

testRule(rule, {
  valid: [
    'void f(void) { if (x == y) g(); }',
    'void f(void) { if ((p = next())) g(p); }',
    'void f(void) { while ((c = getchar()) != EOF) put(c); }',
    'void f(void) { if (x <= y) g(); }',
    'void f(void) { x = y; if (x) g(); }',
    'void f(void) { if (x |= y) g(); }',
    'void f(block *b) { for (inst *i; (i = block_take(b));) use(i); }',
    'void f(void) { if (auto p = find(x)) use(p); }',
  ],
  invalid: [
    {
      code: 'void f(void) {\n  if (status = DONE)\n    finish();\n}',
      errors: [{ line: 2, message: 'Assignment used as a condition; `==` was probably meant.' }],
    },
    {
      code: 'void f(void) {\n  while (n = 0) {\n  }\n  do {\n  } while (p = p->next);\n}',
      errors: [{ line: 2 }, { line: 5 }],
    },
    { code: 'void f(void) {\n  for (i = 0; i = n; i++) { }\n}', errors: [{ line: 2 }] },
  ],
});
