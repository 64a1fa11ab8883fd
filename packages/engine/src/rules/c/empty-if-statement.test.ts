import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-if-statement.js';

testRule(rule, {
  valid: [
    'void f(void) { if (x) g(); }',
    'void f(void) { if (x) { /* handled by the caller */ } else g(); }',
    'void f(void) { while (*p++); }',
    'void f(void) {\n  if (x) {\n#ifdef DEBUG\n    trace();\n#endif\n  }\n}',
  ],
  invalid: [
    { code: 'int f(int len) {\n  if (len > MAX);\n    return -1;\n  return 0;\n}', errors: [{ line: 2, message: 'Stray `;` makes this `if` do nothing.' }] },
    { code: 'void f(void) {\n  if (x) {\n  } else {\n    g();\n  }\n}', errors: [{ line: 2, message: 'Empty `if` body.' }] },
  ],
});
