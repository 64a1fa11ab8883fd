import { testRule } from '../rule-tester.case.js';
import { rule } from './too-many-parameters.js';

testRule(rule, {
  valid: [
    'fn f(a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8) {}',
    'impl Visitor for V {\n    fn visit(&mut self, a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8) {}\n}',
    'extern "C" fn cb(a: i32, b: i32, c: i32, d: i32, e: i32, f: i32, g: i32, h: i32) {}',
    'fn f(\n    #[cfg(x)] a: u8,\n    b: u8,\n) {}',
    { code: 'fn f(a: u8, b: u8) {}', options: { maxParameters: 2 } },
    // Eight parameters are within the default of 8 (revive argument-limit).
    'fn f(a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8, h: u8) {}',
  ],
  invalid: [
    {
      code: 'fn f(a: u8, b: u8, c: u8, d: u8, e: u8, f: u8, g: u8, h: u8, i: u8) {}',
      errors: [{ line: 1, message: 'Function `f` has 9 parameters (more than 8).' }],
    },
    {
      code: 'fn draw(x: f32, y: f32, w: f32, h: f32, r: u8, g: u8, b: u8, a: u8) {}',
      options: { maxParameters: 7 },
      errors: [{ line: 1, message: 'Function `draw` has 8 parameters (more than 7).' }],
    },
    {
      code: 'impl Canvas {\n    fn draw(&self, x: f32, y: f32, w: f32, h: f32, r: u8, g: u8, b: u8) {}\n}',
      options: { maxParameters: 7 },
      errors: [{ line: 2, message: 'Function `draw` has 8 parameters (more than 7).' }],
    },
    { code: 'fn f(a: u8, b: u8, c: u8) {}', options: { maxParameters: 2 }, errors: [{ line: 1 }] },
  ],
});
