import { testRule } from '../rule-tester.case.js';
import { rule } from './switch-fallthrough.js';

testRule(rule, {
  valid: [
    'void f(int m) {\n  switch (m) {\n  case 1:\n  case 2:\n    g();\n    break;\n  default:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    g();\n    /* fall through */\n  case 2:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    g();\n    // FALLTHROUGH\n  case 2:\n    h();\n  }\n}',
    'int f(int m) {\n  switch (m) {\n  case 1:\n    if (x) return 1; else return 2;\n  case 2:\n    return 3;\n  }\n  return 0;\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    die("bad mode");\n  case 2:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1: {\n    g();\n    break;\n  }\n  case 2:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    for (;;) { if (g()) return; }\n  case 2:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    g();\n    __attribute__((fallthrough));\n  case 2:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    a = 1;\n    #if SUBSET\n    b = 1;\n    #endif\n    break;\n  case 2:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  default: assert(0 && "invalid instruction");\n  case 1:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    g();\n    break;;\n  case 2:\n    h();\n  }\n}',
    'int f(robj *o) {\n  switch (o->type) {\n  case 1:\n    if (ok) return 1;\n    else serverPanic("Unknown encoding");\n  case 2:\n    not_reached();\n  case 3:\n    return 3;\n  }\n  return 0;\n}',
    "void f(int m) {\n  switch (m) {\n  case 'i':\n    *pi = 1;  /* go through */\n  case 'v':\n    *pv = 1;\n  }\n}",
    'void f(int n) {\n  switch (n) {\n  case 3: *op++ = *ip++; case 2: *op++ = *ip++;\n  case 1: *op++ = *ip++;\n  }\n}',
  ],
  invalid: [
    {
      code: 'void f(int m) {\n  switch (m) {\n  case READ:\n    open_read();\n  case WRITE:\n    open_write();\n    break;\n  }\n}',
      errors: [{ line: 5, message: '`case READ` falls through into `case WRITE`.' }],
    },
    {
      code: 'void f(int m) {\n  switch (m) {\n  case 1:\n    if (x) break;\n  default:\n    h();\n  }\n}',
      errors: [{ line: 5, message: '`case 1` falls through into `default`.' }],
    },
    {
      code: 'void f(int m) {\n  switch (m) {\n  default:\n    g();\n  case 1:\n    h();\n  case 2:\n    i();\n  }\n}',
      errors: [{ line: 5 }, { line: 7 }],
    },
  ],
});
