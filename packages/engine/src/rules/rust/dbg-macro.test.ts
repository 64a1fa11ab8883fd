import { testRule } from '../rule-tester.case.js';
import { rule } from './dbg-macro.js';

testRule(rule, {
  valid: [
    'fn f() { debug!("x = {}", x); }',
    'fn f() { log::debug!("{x}"); }',
    '// dbg!(x)\nfn f() {}',
    'fn dbg() {}\nfn f() { dbg(); }',
  ],
  invalid: [
    {
      code: 'fn f(x: u8) {\n    dbg!(x);\n}',
      errors: [{ line: 2, message: '`dbg!` debugging output left in the code.' }],
    },
    { code: 'fn f(a: u8, b: u8) -> u8 {\n    let t = std::dbg!(a * b);\n    t\n}', errors: [{ line: 2 }] },
    { code: 'fn f() {\n    g(dbg!(1), dbg!(2));\n}', errors: [{ line: 2 }, { line: 2 }] },
  ],
});
