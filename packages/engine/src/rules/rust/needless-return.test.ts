import { testRule } from '../rule-tester.case.js';
import { rule } from './needless-return.js';

testRule(rule, {
  valid: [
    'fn f(w: u32) -> u32 {\n    w * 2\n}',
    'fn f(a: bool) -> u32 {\n    if a {\n        return 1;\n    }\n    2\n}',
    'fn f() -> u32 {\n    #[cfg(unix)]\n    return 1;\n}',
    'fn f() {}',
    'fn f() -> impl Fn() -> u8 {\n    || { return 1; }\n}',
  ],
  invalid: [
    {
      code: 'fn area(w: u32, h: u32) -> u32 {\n    return w * h;\n}',
      errors: [{ line: 2, message: 'Needless `return` at the end of the function.' }],
    },
    { code: 'fn f() {\n    g();\n    return;\n    // done\n}', errors: [{ line: 3 }] },
    { code: 'impl A {\n    fn get(&self) -> u8 {\n        return self.x\n    }\n}', errors: [{ line: 3 }] },
  ],
});
