import { testRule } from '../rule-tester.case.js';
import { rule } from './unreachable-code.js';

testRule(rule, {
  valid: [
    'fn f() -> u8 {\n    if a { return 1; }\n    2\n}',
    'fn f() -> u8 {\n    #[cfg(unix)]\n    return 1;\n    #[cfg(not(unix))]\n    2\n}',
    'fn f() {\n    return;\n    fn helper() {}\n}',
    'fn f() {\n    panic!("x");\n    // unreachable\n}',
    'fn f() {\n    let x = loop { break 5; };\n    use_it(x);\n}',
    'fn f() {\n    log::error!("bad");\n    cleanup();\n}',
  ],
  invalid: [
    {
      code: 'fn f() -> u8 {\n    return 1;\n    let y = 2;\n    y\n}',
      errors: [{ line: 3, message: 'Unreachable code: the statement before it never lets control reach here.' }],
    },
    { code: 'fn f() {\n    for x in xs {\n        continue;\n        g(x);\n    }\n}', errors: [{ line: 4 }] },
    { code: 'fn f() {\n    panic!("bad");\n    cleanup();\n}', errors: [{ line: 3 }] },
    { code: 'fn f() {\n    std::process::exit(1);\n    cleanup()\n}', errors: [{ line: 3 }] },
  ],
});
