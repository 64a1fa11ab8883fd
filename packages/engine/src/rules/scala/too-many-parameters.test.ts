import { testRule } from '../rule-tester.case.js';
import { rule } from './too-many-parameters.js';

testRule(rule, {
  valid: [
    'object A { def f(a: Int, b: Int, c: Int, d: Int, e: Int, f: Int, g: Int) = 1 }',
    'object A { def f(a: Int, b: Int, c: Int, d: Int)(e: Int, f: Int, g: Int)(implicit h: Ctx, i: Ec) = 1 }',
    'case class Row(a: Int, b: Int, c: Int, d: Int, e: Int, f: Int, g: Int, h: Int)',
    { code: 'object A { def f(a: Int, b: Int) = 1 }', options: { maxParameters: 2 } },
    // Eight parameters are within the default of 8 (revive argument-limit).
    'object A { def f(a: Int, b: Int, c: Int, d: Int, e: Int, f: Int, g: Int, h: Int) = 1 }',
  ],
  invalid: [
    {
      code: 'object A { def f(a: Int, b: Int, c: Int, d: Int, e: Int, f: Int, g: Int, h: Int, i: Int) = 1 }',
      errors: [{ line: 1, message: 'Method `f` has 9 parameters (more than 8).' }],
    },
    {
      code: 'object A {\n  def ship(a: Int, b: Int, c: Int, d: Int, e: Int, f: Int, g: Int, h: Int) = 1\n}',
      options: { maxParameters: 7 },
      errors: [{ line: 2, message: 'Method `ship` has 8 parameters (more than 7).' }],
    },
    {
      code: 'class A {\n  def f(a: Int, b: Int, c: Int, d: Int)(e: Int, f: Int, g: Int, h: Int): Unit = {}\n}',
      options: { maxParameters: 7 },
      errors: [{ line: 2 }],
    },
    {
      code: 'object A { def f(a: Int, b: Int, c: Int) = 1 }',
      options: { maxParameters: 2 },
      errors: [{ line: 1, message: 'Method `f` has 3 parameters (more than 2).' }],
    },
  ],
});
