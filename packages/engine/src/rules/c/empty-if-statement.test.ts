import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-if-statement.js';

testRule(rule, {
  valid: [
    'void f(void) { if (x) g(); }',
    'void f(void) { if (x) { /* handled by the caller */ } else g(); }',
    'void f(void) { while (*p++); }',
    'void f(void) {\n  if (op == COMPARE) ; // result will be NaN\n  else g();\n}',
    'void f(void) {\n  if (hi > LIMIT) ; /* no reprieve possible */\n  g();\n}',
    'void f(void) {\n  if (a) g();\n  else if (b);\n  else h();\n}',
    'void f(int fd) {\n  if (write(fd, b, n) == -1) {} /* Cannot recover from write error. */\n  done();\n}',
    `void f(void) {
#ifdef _WIN32
  if (localtime_s(tm, &t))
#else
  if (localtime_r(&t, tm) == NULL)
#endif
    bp = NULL;
}`,
    'void f(void) {\n  if (x) {\n#ifdef DEBUG\n    trace();\n#endif\n  }\n}',
  ],
  invalid: [
    {
      code: 'int f(int len) {\n  if (len > MAX);\n    return -1;\n  return 0;\n}',
      errors: [{ line: 2, message: 'Stray `;` makes this `if` do nothing.' }],
    },
    {
      code: 'void f(void) {\n  if (x) {\n  } else {\n    g();\n  }\n}',
      errors: [{ line: 2, message: 'Empty `if` body.' }],
    },
  ],
});
