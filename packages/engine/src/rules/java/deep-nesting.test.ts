import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

const fourDeep = [
  'class A {',
  '  void f() {',
  '    if (a) {',
  '      for (;;) {',
  '        while (b) {',
  '          try { g(); } finally { h(); }',
  '        }',
  '      }',
  '    }',
  '  }',
  '}',
].join('\n');
// `switch` and `try` do not nest: a decoder's loop over a `switch` of states,
// with checks inside `try`, stays at four (netty FastLzFrameDecoder).
const fourDeepInSwitchAndTry = [
  'class A {',
  '  void f() {',
  '    if (a) {',
  '      for (;;) {',
  '        while (b) {',
  '          switch (c) {',
  '            case 1:',
  '              try {',
  '                if (d) { g(); }',
  '              } finally { h(); }',
  '          }',
  '        }',
  '      }',
  '    }',
  '  }',
  '}',
].join('\n');
const fiveDeep = [
  'class A {',
  '  void f() {',
  '    if (a) {',
  '      for (;;) {',
  '        while (b) {',
  '          switch (c) {',
  '            case 1:',
  '              if (d) {',
  '                if (e) { h(); }',
  '              }',
  '          }',
  '        }',
  '      }',
  '    }',
  '  }',
  '}',
].join('\n');

testRule(rule, {
  valid: [
    fourDeep,
    'class A { void f() { if (a) { g(); } else if (b) { h(); } else ' +
      'if (c) { i(); } else if (d) { j(); } else if (e) { k(); } } }',
    'class A { void f() { if (a) { if (b) { if (c) { if (d) { new ' +
      'Runnable() { public void run() { if (e) { g(); } } }; } } } } } }',
    { code: fiveDeep, options: { maxNestingDepth: 5 } },
    fourDeepInSwitchAndTry,
    // Test code is left alone (SonarQube S134 runs on main code only).
    { code: fiveDeep, options: { maxNestingDepth: 4 }, filename: 'src/test/java/io/netty/FooTest.java' },
    // Five levels of `if` and loops are within the default of 5 (revive max-control-nesting).
    `class A {
  void f() {
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
  }
}`,
  ],
  invalid: [
    {
      code: `class A {
  void f() {
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
  }
}`,
      errors: [{ line: 8, message: 'Control flow nested 6 levels deep (more than 5).' }],
    },
    {
      code: fiveDeep,
      options: { maxNestingDepth: 4 },
      errors: [{ line: 9, message: 'Control flow nested 5 levels deep (more than 4).' }],
    },
    {
      code: `class A {
  A() {
    if (a) {
      if (b) {
        list.forEach(x -> { if (c) { g(); } });
      }
    }
  }
}`,
      options: { maxNestingDepth: 2 },
      errors: [{ line: 5 }],
    },
  ],
});
