import { testRule } from '../rule-tester.case.js';
import { rule } from './unreachable-code.js';

testRule(rule, {
  valid: [
    'int f(int x) { if (x) return 1; return 0; }',
    'int f(void) { goto out; out: return 0; }',
    'int f(int x) { switch (x) { case 1: return 1; case 2: return 2; default: break; } return 0; }',
    'int f(void) {\n  return 0;\n#ifdef DEBUG\n  trace();\n#endif\n}',
    'int f(void) { return 0; /* done */ }',
    'void f(void) { if (bad) exit(1); g(); }',
    'int f(void) {\n  print_error();\n  exit(1);\n  return -1; /* avoid compiler warning */\n}',
    'void f(int t) {\n  switch (t) {\n  case 1:\n    push();\n    break;;\n  case 2:\n    pop();\n  }\n}',
    'void f(int op) {\n  switch (op) {\n  case 1: {\n    goto do_backtrack;\n    break;\n  }\n  }\n}',
    // A declaration without an initializer runs nothing (zookeeper's zoo_queue.c).
    'void f(int rc) {\n  switch (rc) {\n  case 0:\n    break;\n    int created;\n  case 1:\n    created = g();\n  }\n}',
  ],
  invalid: [
    {
      code: 'int f(int fd) {\n  free(buffer);\n  return -1;\n  close(fd);\n}',
      errors: [{ line: 4, message: 'Unreachable code after `return`.' }],
    },
    {
      code: 'void f(int x) {\n  switch (x) {\n  case 1:\n    g();\n    break;\n    h();\n  }\n}',
      errors: [{ line: 6, message: 'Unreachable code after `break`.' }],
    },
    {
      code: 'void f(void) {\n  if (bad) {\n    abort();\n    cleanup();\n  }\n}',
      errors: [{ line: 4, message: 'Unreachable code after `abort()`.' }],
    },
    { code: 'void f(void) {\n  for (;;) {\n    continue;\n    g();\n  }\n}', errors: [{ line: 4 }] },
    // One that initializes runs code.
    { code: 'void f(void) {\n  return;\n  int x = g();\n}', errors: [{ line: 3 }] },
    {
      code: 'void f(void) {\n  pthread_exit(0);\n  g();\n}',
      errors: [{ line: 3, message: 'Unreachable code after `pthread_exit()`.' }],
    },
  ],
});
