import { testRule } from '../rule-tester.case.js';
import { rule } from './bool-comparison.js';

testRule(rule, {
  valid: [
    'fn f() { if ready {} }',
    'fn f() { if !ready {} }',
    'fn f() { let same = a == b; }',
    'fn f() { assert_eq!(x, true); }',
    'fn f() { let t = x & true; }',
  ],
  invalid: [
    {
      code: 'fn f() {\n    if ready == false { wait(); }\n}',
      errors: [{ line: 2, message: 'Comparison with `false` through `==`.' }],
    },
    {
      code: 'fn f() -> bool {\n    true != self.done\n}',
      errors: [{ line: 2, message: 'Comparison with `true` through `!=`.' }],
    },
    { code: 'fn f() { let ok = a == true && b == true; }', errors: [{ line: 1 }, { line: 1 }] },
    // Each comparison of a chain on its own line, though the grammar nests the chain from its first line (yazi).
    {
      code:
        'fn act() {\n    _ = act!(find, cx)? != false\n        || act!(visual, cx)? != false\n' +
        '        || act!(filter, cx)? != false;\n}',
      errors: [{ line: 2 }, { line: 3 }, { line: 4 }],
    },
  ],
});
