import { testRule } from '../rule-tester.case.js';
import { rule } from './todo-macro.js';

testRule(rule, {
  valid: [
    'fn f() { unreachable!("checked above") }',
    '// todo!() once the API lands\nfn f() {}',
    'fn todo() {}\nfn f() { todo(); }',
    'fn f() { println!("todo!()"); }',
    // The trait asks for the method; this type does not support it.
    'impl Display for Error {\n    fn fmt(&self, _: &mut F) -> fmt::Result {\n        unimplemented!()\n    }\n}',
  ],
  invalid: [
    {
      code: 'impl Display for Error {\n    fn fmt(&self, _: &mut F) -> fmt::Result {\n        todo!()\n    }\n}',
      errors: [{ line: 3 }],
    },
    {
      code: 'fn parse() -> u8 {\n    todo!()\n}',
      errors: [{ line: 2, message: '`todo!()` panics when this code is reached.' }],
    },
    {
      code: 'impl A {\n    fn a(&self) { unimplemented!("later") }\n    fn b(&self) { std::todo!() }\n}',
      errors: [{ line: 2, message: '`unimplemented!()` panics when this code is reached.' }, { line: 3 }],
    },
    {
      code: 'fn f(x: u8) -> u8 {\n    match x {\n        0 => 1,\n        _ => todo!(),\n    }\n}',
      errors: [{ line: 4 }],
    },
  ],
});
