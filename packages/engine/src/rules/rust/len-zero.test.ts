import { testRule } from '../rule-tester.case.js';
import { rule } from './len-zero.js';

testRule(rule, {
  valid: [
    // File sizes: std::fs::Metadata has no is_empty (broot).
    'fn f(f: &File) -> Result<()> {\n    let md = f.metadata()?;\n    if md.len() == 0 {\n' +
      '        return Err(E);\n    }\n    Ok(())\n}',
    'fn f(file: &File) -> bool { file.metadata().map(|m| m.len() > 0).unwrap_or(false) }',
    // The wrapped iterator: `ExactSizeIterator::is_empty` is unstable.
    'impl<I: ExactSizeIterator> Iterator for Wrap<I> {\n    fn next(&mut self) -> Option<I::Item> {\n' +
      '        self.last = self.inner.len() == 0;\n        self.inner.next()\n    }\n}',
    'fn f() { if v.is_empty() {} }',
    'fn f() { if v.len() == 1 {} }',
    'fn f() { if v.len() > 2 {} }',
    'fn f() { if v.len(x) == 0 {} }',
    'impl S {\n    fn is_empty(&self) -> bool {\n        self.len() == 0\n    }\n}',
    'fn f() { if len() == 0 {} }',
  ],
  invalid: [
    {
      code:
        'impl Drop for Pool {\n    fn drop(&mut self) {\n        if self.items.len() == 0 {\n' +
        '            return;\n        }\n    }\n}',
      errors: [{ line: 3 }],
    },
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
