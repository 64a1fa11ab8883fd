import { testRule } from '../rule-tester.case.js';
import { rule } from './return-statement.js';

testRule(rule, {
  valid: [
    'object A { def f(xs: List[Int]) = xs.find(_ > 0) }',
    'object A { val s = "return" }',
    '// return early\nobject A { def returnValue = 1 }',
    'object A { val returned = f(returnCode) }',
  ],
  invalid: [
    {
      code: 'object A {\n  def f(x: Int): Int = {\n    if (x > 0) return 1\n    2\n  }\n}',
      errors: [{ line: 3, message: 'Explicit `return` in Scala code.' }],
    },
    { code: 'object A {\n  def f(): Int = {\n    return 1\n  }\n}', errors: [{ line: 3 }] },
    {
      code: `object A {
  def f(xs: List[Int]): Int = {
    xs.foreach { x => if (x > 0) return x }
    return 0
  }
}`,
      errors: [{ line: 3 }, { line: 4 }],
    },
  ],
});
