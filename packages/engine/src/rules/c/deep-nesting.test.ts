import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

// `switch` does not nest: for, if, while, if, do.
const fiveDeep = [
  'void f(void) {',
  '  for (;;) {',
  '    if (a) {',
  '      while (b) {',
  '        switch (c) {',
  '        case 1:',
  '          if (d) {',
  '            do { h(); } while (e);',
  '          }',
  '        }',
  '      }',
  '    }',
  '  }',
  '}',
].join('\n');

testRule(rule, {
  valid: [
    'void f(void) { for (;;) { if (a) { while (b) { if (c) g(); } } } }',
    'void f(void) { if (a) g(); else if (b) h(); else if (c) i(); else if (d) j(); else if (e) k(); }',
    { code: fiveDeep, options: { maxNestingDepth: 5 } },
    // A parser's loop over tokens with a `switch` on each: the dispatch is not a level (redis, lua_cjson).
    `void f(void) {
  for (;;) {
    switch (c) {
    case 1:
      if (a) {
        while (b) {
          if (d) g();
        }
      }
    }
  }
}`,
    // Five levels of `if` and loops are within the default of 5 (revive max-control-nesting).
    `void f(void) {
  for (;;) {
    if (a) {
      while (b) {
        if (c) {
          for (;;) {
            g();
          }
        }
      }
    }
  }
}`,
    // redis keeps each file's unit tests at its end, built only with REDIS_TEST: test code, as in a test file.
    { code: `#ifdef REDIS_TEST\n${fiveDeep}\n#endif`, options: { maxNestingDepth: 4 } },
    { code: `#if defined(UNIT_TEST)\n#include <assert.h>\n${fiveDeep}\n#endif`, options: { maxNestingDepth: 4 } },
    { code: `#if BUILD_TESTING\n${fiveDeep}\n#endif`, options: { maxNestingDepth: 4 } },
  ],
  invalid: [
    // The other side of the test switch, `#ifndef`, and macros that only contain the letters are main code.
    {
      code: `#ifdef REDIS_TEST\nvoid t(void) {}\n#else\n${fiveDeep}\n#endif`,
      options: { maxNestingDepth: 4 },
      errors: [{ line: 11 }],
    },
    {
      code:
        `#ifndef REDIS_TEST\n${fiveDeep}\n#endif\n#ifdef LATEST_API\n${fiveDeep}\n#endif\n` +
        `#if defined(TEST) && 0\n${fiveDeep}\n#endif`,
      options: { maxNestingDepth: 4 },
      errors: [{ line: 9 }, { line: 25 }, { line: 41 }],
    },
    {
      code: `void f(void) {
  for (;;) {
    if (a) {
      while (b) {
        if (c) {
          for (;;) {
            if (d) {
              g();
            }
          }
        }
      }
    }
  }
}`,
      errors: [{ line: 7, message: 'Control flow nested 6 levels deep (more than 5).' }],
    },
    {
      code: fiveDeep,
      options: { maxNestingDepth: 4 },
      errors: [{ line: 8, message: 'Control flow nested 5 levels deep (more than 4).' }],
    },
    {
      code: 'void f(void) {\n  if (a) {\n    if (b) g();\n  }\n}',
      options: { maxNestingDepth: 1 },
      errors: [{ line: 3, message: 'Control flow nested 2 levels deep (more than 1).' }],
    },
    // Only an `if` continues an else chain; a loop as the whole `else` branch nests.
    {
      code: 'void f(void) {\n  if (a) g();\n  else for (;;) h();\n}',
      options: { maxNestingDepth: 1 },
      errors: [{ line: 3 }],
    },
  ],
});
