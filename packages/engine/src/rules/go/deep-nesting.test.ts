import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

// `switch` and `select` do not nest: a parser's `switch` inside `switch` is three levels short of the limit here.
const twoDeepInSwitches = [
  'package p',
  'func f() {',
  '\tfor {',
  '\t\tif a {',
  '\t\t\tswitch b {',
  '\t\t\tcase 1:',
  '\t\t\t\tselect {',
  '\t\t\t\tcase <-c:',
  '\t\t\t\t\tif d {',
  '\t\t\t\t\t\tg()',
  '\t\t\t\t\t}',
  '\t\t\t\t}',
  '\t\t\t}',
  '\t\t}',
  '\t}',
  '}',
].join('\n');
const fiveDeep = [
  'package p',
  'func f() {',
  '\tfor {',
  '\t\tif a {',
  '\t\t\tswitch b {',
  '\t\t\tcase 1:',
  '\t\t\t\tfor {',
  '\t\t\t\t\tif d {',
  '\t\t\t\t\t\tif e {',
  '\t\t\t\t\t\t\tg()',
  '\t\t\t\t\t\t}',
  '\t\t\t\t\t}',
  '\t\t\t\t}',
  '\t\t\t}',
  '\t\t}',
  '\t}',
  '}',
].join('\n');

testRule(rule, {
  valid: [
    'package p\nfunc f() {\n\tfor {\n\t\tif a {\n\t\t\tfor {\n' +
      '\t\t\t\tif b {\n\t\t\t\t\tg()\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}',
    'package p\nfunc f() {\n\tif a {\n\t} else if b {\n\t} else if c {\n\t} else if d {\n\t} else if e {\n\t}\n}',
    { code: fiveDeep, options: { maxNestingDepth: 5 } },
    twoDeepInSwitches,
    // Test code is left alone: a test's loops over every flag
    // combination are the test (SonarQube S134 runs on main code).
    { code: fiveDeep, options: { maxNestingDepth: 4 }, filename: 'src/algo/algo_test.go' },
    // Five levels of `if` and loops are within the default of 5 (revive max-control-nesting).
    `package p
func f() {
    for {
      if a {
        for {
          if c {
            for {
              g()
            }
          }
        }
      }
    }
}`,
  ],
  invalid: [
    {
      code: `package p
func f() {
    for {
      if a {
        for {
          if c {
            for {
              if d {
                g()
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
      code:
        'package p\nfunc (s *S) f() {\n\tif a {\n\t\tgo func() {\n' +
        '\t\t\tfor {\n\t\t\t\tg()\n\t\t\t}\n\t\t}()\n\t}\n}',
      options: { maxNestingDepth: 1 },
      errors: [{ line: 5, message: 'Control flow nested 2 levels deep (more than 1).' }],
    },
  ],
});
