import { testRule } from '../rule-tester.case.js';
import { rule } from './gets-call.js';

testRule(rule, {
  valid: [
    'void f(void) { char line[128]; fgets(line, sizeof line, stdin); }',
    'void f(struct reader *r) { r->gets(r); }',
    'void f(void) { fgets_unlocked(line, n, stdin); }',
  ],
  invalid: [
    {
      code: 'void f(void) {\n  char line[128];\n  gets(line);\n}',
      errors: [{ line: 3, message: '`gets` reads input with no bound on the buffer size.' }],
    },
    { code: 'void f(void) {\n  while (gets(buf) != NULL)\n    puts(buf);\n}', errors: [{ line: 2 }] },
  ],
});
