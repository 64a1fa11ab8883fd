import { testRule } from '../rule-tester.case.js';
import { rule } from './len-zero.js';

testRule(rule, {
  valid: [
    'fn f() { if v.is_empty() {} }',
    'fn f() { if v.len() == 1 {} }',
    'fn f() { if v.len() > 2 {} }',
    'fn f() { if v.len(x) == 0 {} }',
    'impl S {\n    fn is_empty(&self) -> bool {\n        self.len() == 0\n    }\n}',
    'fn f() { if len() == 0 {} }',
  ],
  invalid: [
    {
      code: 'fn f() {\n    if items.len() == 0 { return; }\n}',
      errors: [{ line: 2, message: 'Length compared with zero to test for emptiness.' }],
    },
    {
      code: 'fn f() {\n    let any = 0 < self.items.len();\n    let some = v.len() != 0;\n}',
      errors: [{ line: 2 }, { line: 3 }],
    },
    {
      code: 'fn f() {\n    while queue.len() > 0 { queue.pop(); }\n    if s.len() >= 1 {}\n}',
      errors: [{ line: 2 }, { line: 3 }],
    },
  ],
});
