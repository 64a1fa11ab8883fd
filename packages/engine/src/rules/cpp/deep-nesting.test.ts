import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

// `try` does not nest.
const fourDeepWithTry = [
  'void f() {',
  '  for (auto& o : orders) {',
  '    if (o.open) {',
  '      try {',
  '        while (more()) {',
  '          if (late()) retry();',
  '        }',
  '      } catch (...) {}',
  '    }',
  '  }',
  '}',
].join('\n');
const fiveDeep = [
  'void f() {',
  '  for (auto& o : orders) {',
  '    if (o.open) {',
  '      for (auto& l : o.lines) {',
  '        while (more()) {',
  '          if (late()) retry();',
  '        }',
  '      }',
  '    }',
  '  }',
  '}',
].join('\n');

testRule(rule, {
  valid: [
    'void f() { for (auto& o : orders) { if (o.open) { for (auto& l : o.lines) { if (l.late) retry(l); } } } }',
    'void f() { if (a) g(); else if (b) h(); else if (c) i(); else if (d) j(); else if (e) k(); }',
    { code: fiveDeep, options: { maxNestingDepth: 5 } },
    fourDeepWithTry,
    // Five levels of `if` and loops are within the default of 5 (revive max-control-nesting).
    'void f() {\n  for (;;) {\n    if (a) {\n      while (b) {\n        if (c) {\n          for (;;) {\n            g();\n          }\n        }\n      }\n    }\n  }\n}',
  ],
  invalid: [
    {
      code: 'void f() {\n  for (;;) {\n    if (a) {\n      while (b) {\n        if (c) {\n          for (;;) {\n            if (d) {\n              g();\n            }\n          }\n        }\n      }\n    }\n  }\n}',
      errors: [{ line: 7, message: 'Control flow nested 6 levels deep (more than 5).' }],
    },
    {
      code: fiveDeep,
      options: { maxNestingDepth: 4 },
      errors: [{ line: 6, message: 'Control flow nested 5 levels deep (more than 4).' }],
    },
    {
      code: 'void f() {\n  if (a) {\n    std::for_each(v.begin(), v.end(), [](int x) {\n      if (x) g();\n    });\n  }\n}',
      options: { maxNestingDepth: 1 },
      errors: [{ line: 4 }],
    },
  ],
});
