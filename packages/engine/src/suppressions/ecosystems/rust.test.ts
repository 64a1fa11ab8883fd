import { describe } from 'vitest';
import { testSuppressions } from '../suppression-tester.case.js';

describe('Rust suppressions: #[allow(...)], #[expect(...)] and #![allow(...)]', () => {
  testSuppressions('rust', [
    {
      name: '#[allow(clippy::lint)] on a function covers its body only',
      code: `#[allow(clippy::bool_comparison)]
fn f(a: bool) -> bool {
    a == true
}

fn g(a: bool) -> bool {
    a == true
}
`,
      suppressed: ['rust/bool-comparison:3'],
      kept: ['rust/bool-comparison:7'],
    },
    {
      name: 'an attribute on a statement covers that statement; another lint leaves it',
      code: `fn f(a: bool, v: Vec<u8>) {
    #[allow(clippy::bool_comparison)]
    let x = a == true;
    #[allow(clippy::len_zero)]
    let y = a == false;
    let z = v.len() == 0;
}
`,
      suppressed: ['rust/bool-comparison:3'],
      kept: ['rust/bool-comparison:5', 'rust/len-zero:6'],
    },
    {
      name: '#![allow] at the top covers the file; expect and cfg_attr count as allow',
      code: `#![allow(clippy::needless_return)]
fn f() -> u8 {
    return 1;
}
#[expect(clippy::len_zero)]
fn g(v: Vec<u8>) -> bool { v.len() == 0 }
#[cfg_attr(feature = "cargo-clippy", allow(clippy::bool_comparison))]
fn h(a: bool) -> bool { a == true }
fn i(a: bool) -> bool { a == true }
`,
      suppressed: ['rust/needless-return:3', 'rust/len-zero:6', 'rust/bool-comparison:8'],
      kept: ['rust/bool-comparison:9'],
    },
    {
      name: 'a group covers its lints; clippy::all leaves the restriction group alone',
      code: `#[allow(clippy::style)]
fn f(v: Vec<u8>) -> bool { v.len() == 0 }
#[allow(clippy::all)]
fn g(v: Vec<u8>) -> bool { dbg!(1); v.len() == 0 }
`,
      suppressed: ['rust/len-zero:2', 'rust/len-zero:4'],
      kept: ['rust/dbg-macro:4'],
    },
    {
      name: 'rustc lints and #![allow] inside a module',
      code: `mod m {
    #![allow(unreachable_code)]
    fn f() { return; g(); }
}
fn h() { return; g(); }
`,
      suppressed: ['rust/unreachable-code:3'],
      kept: ['rust/unreachable-code:5'],
    },
    {
      name: 'allow(warnings) covers every rule',
      code: `#[allow(warnings)]
fn f(a: bool) { todo!(); }
fn g(a: bool) { todo!(); }
`,
      suppressed: ['rust/todo-macro:2'],
      kept: ['rust/todo-macro:3'],
    },
  ]);
});
