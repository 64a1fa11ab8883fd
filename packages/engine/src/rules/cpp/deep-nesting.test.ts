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
    `void f() {
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
  ],
  invalid: [
    {
      code: `void f() {
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
      errors: [{ line: 6, message: 'Control flow nested 5 levels deep (more than 4).' }],
    },
    {
      code: `void f() {
  if (a) {
    std::for_each(v.begin(), v.end(), [](int x) {
      if (x) g();
    });
  }
}`,
      options: { maxNestingDepth: 1 },
      errors: [{ line: 4 }],
    },
  ],
});
