import { testRule } from '../rule-tester.case.js';
import { rule } from './switch-fallthrough.js';

testRule(rule, {
  valid: [
    'void f(int m) {\n  switch (m) {\n  case 1:\n  case 2:\n    g();\n    break;\n  default:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    g();\n    /* fall through */\n  case 2:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    g();\n    // FALLTHROUGH\n  case 2:\n    h();\n  }\n}',
    `int f(int m) {
  switch (m) {
  case 1:
    if (x) return 1; else return 2;
  case 2:
    return 3;
  }
  return 0;
}`,
    'void f(int m) {\n  switch (m) {\n  case 1:\n    die("bad mode");\n  case 2:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1: {\n    g();\n    break;\n  }\n  case 2:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    for (;;) { if (g()) return; }\n  case 2:\n    h();\n  }\n}',
    `void f(int m) {
  switch (m) {
  case 1:
    g();
    __attribute__((fallthrough));
  case 2:
    h();
  }
}`,
    `void f(int m) {
  switch (m) {
  case 1:
    a = 1;
    #if SUBSET
    b = 1;
    #endif
    break;
  case 2:
    h();
  }
}`,
    'void f(int m) {\n  switch (m) {\n  default: assert(0 && "invalid instruction");\n  case 1:\n    h();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    g();\n    break;;\n  case 2:\n    h();\n  }\n}',
    `int f(robj *o) {
  switch (o->type) {
  case 1:
    if (ok) return 1;
    else serverPanic("Unknown encoding");
  case 2:
    not_reached();
  case 3:
    return 3;
  }
  return 0;
}`,
    "void f(int m) {\n  switch (m) {\n  case 'i':\n    *pi = 1;  /* go through */\n  case 'v':\n    *pv = 1;\n  }\n}",
    `void f(int n) {
  switch (n) {
  case 3: *op++ = *ip++; case 2: *op++ = *ip++;
  case 1: *op++ = *ip++;
  }
}`,
  ],
  invalid: [
    {
      code: `void f(int m) {
  switch (m) {
  case READ:
    open_read();
  case WRITE:
    open_write();
    break;
  }
}`,
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
