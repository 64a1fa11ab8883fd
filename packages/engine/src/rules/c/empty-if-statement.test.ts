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
    // An empty case carved out of an else-if chain (libevent, Catch2).
    'void f(int what) {\n  if (what == EOF_EVENT) {\n    fail(EOF);\n  } else if (what == CONNECTED) {\n' +
      '  } else {\n    fail(ERR);\n  }\n}',
    'void f(void) {\n  if (x) {\n  } else {\n    g();\n  }\n}',
    // Quiets warn_unused_result (memcached).
    'void f(void) {\n  if (fwrite(key, 1, n, stderr)) {}\n  fputc(10, stderr);\n}',
    // mosquitto drains a wake-up byte the same way, with a space in the braces, or the braces on two lines.
    'void g(int fd) {\n  char c;\n  if(read(fd, &c, 1) == 0){ }\n}',
    "void h(int s, char *b) {\n  /* don't care if it fails */\n  if(send(s, b, 4, 0)){\n  }\n}",
  ],
  invalid: [
    { code: 'void f(void) {\n  if (a == b) {}\n  g();\n}', errors: [{ line: 2 }] },
    {
      code: 'int f(int len) {\n  if (len > MAX);\n    return -1;\n  return 0;\n}',
      errors: [{ line: 2, message: 'Stray `;` makes this `if` do nothing.' }],
    },
    {
      code: 'void f(void) {\n  if (ready()) {\n  }\n  g();\n}',
      errors: [{ line: 2, message: 'Empty `if` body.' }],
    },
    // The last arm of a chain, with nothing after it, does nothing.
    {
      code: 'void f(int t) {\n  if (t == 1) {\n    g();\n  } else if (t == 2) {\n  }\n}',
      errors: [{ line: 4, message: 'Empty `if` body.' }],
    },
  ],
});
