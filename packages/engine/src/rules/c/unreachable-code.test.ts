import { describe, expect, it } from 'vitest';
import { firstPreprocessorBranches } from '../../parse/preprocessor-branches.js';
import { parseSource } from '../../parse/parser.js';
import { testRule } from '../rule-tester.case.js';
import { runRules } from '../run-rules.js';
import { DEFAULT_RULE_OPTIONS } from '../types.js';
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
    // A second stop after a call that never returns, and a statement noted as never reached, are kept on purpose.
    'void fail(void) {\n  done();\n  abort();\n  _exit(1);\n}',
    'void f(void) {\n  abort();\n  cleanup(); // should not get reached\n}',
    'void f(int t) {\n  switch (t) {\n  case 1:\n    push();\n    break;;\n  case 2:\n    pop();\n  }\n}',
    'void f(int op) {\n  switch (op) {\n  case 1: {\n    goto do_backtrack;\n    break;\n  }\n  }\n}',
    // A declaration without an initializer runs nothing (zookeeper's zoo_queue.c).
    'void f(int rc) {\n  switch (rc) {\n  case 0:\n    break;\n    int created;\n  case 1:\n    created = g();\n  }\n}',
    // `(void)name;` after the return marks static helpers as used and runs nothing (zstd).
    'size_t f(void) {\n  return size;\n  (void)flush_events; (void)remove_events;\n}',
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
    // A cast of a call runs the call.
    { code: 'void f(void) {\n  return;\n  (void)close(fd);\n}', errors: [{ line: 3 }] },
    {
      code: 'void f(void) {\n  pthread_exit(0);\n  g();\n}',
      errors: [{ line: 3, message: 'Unreachable code after `pthread_exit()`.' }],
    },
  ],
});

describe('c/unreachable-code on a file parsed with only the first branch of each conditional', () => {
  it('leaves alone a statement after a jump that an #if may compile out', async () => {
    const source = 'int f(int s) {\n#if defined(OPT)\n  return set(s, OPT);\n#endif\n  return 0;\n}\n';
    const tree = await parseSource('c', firstPreprocessorBranches(source));
    try {
      const options = DEFAULT_RULE_OPTIONS;
      expect(runRules([rule], { tree, source, language: 'c', filename: 'a.c', options })).toEqual([]);
    } finally {
      tree.delete();
    }
  });
});
