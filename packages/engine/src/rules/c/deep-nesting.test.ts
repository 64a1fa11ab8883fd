import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

const fiveDeep = ['void f(void) {', '  for (;;) {', '    if (a) {', '      while (b) {', '        switch (c) {', '        case 1:', '          if (d) g();', '          do { h(); } while (e);', '        }', '      }', '    }', '  }', '}'].join('\n');

testRule(rule, {
  valid: [
    'void f(void) { for (;;) { if (a) { while (b) { if (c) g(); } } } }',
    'void f(void) { if (a) g(); else if (b) h(); else if (c) i(); else if (d) j(); else if (e) k(); }',
    { code: fiveDeep, options: { maxNestingDepth: 5 } },
  ],
  invalid: [
    { code: fiveDeep, errors: [{ line: 7, message: 'Control flow nested 5 levels deep (more than 4).' }] },
    { code: 'void f(void) {\n  if (a) {\n    if (b) g();\n  }\n}', options: { maxNestingDepth: 1 }, errors: [{ line: 3, message: 'Control flow nested 2 levels deep (more than 1).' }] },
    // Only an `if` continues an else chain; a loop as the whole `else` branch nests.
    { code: 'void f(void) {\n  if (a) g();\n  else for (;;) h();\n}', options: { maxNestingDepth: 1 }, errors: [{ line: 3 }] },
  ],
});
