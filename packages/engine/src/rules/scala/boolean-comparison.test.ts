import { testRule } from '../rule-tester.case.js';
import { rule } from './boolean-comparison.js';

testRule(rule, {
  valid: [
    'object A { if (ready) go() }',
    'object A { val same = a == b }',
    'object A { val t = x && true }',
    'object A { val s = "x == true" }',
    'class S {\n  assert(result.get.flag == true)\n  require(p.parse(args).isDefined == false, "no")\n}',
  ],
  invalid: [
    {
      code: 'object A {\n  if (ready == false) waitFor(job)\n}',
      errors: [{ line: 2, message: 'Comparison with `false` through `==`.' }],
    },
    {
      code: 'object A {\n  def f = true != done\n}',
      errors: [{ line: 2, message: 'Comparison with `true` through `!=`.' }],
    },
    { code: 'object A {\n  val ok = (a == true) && (b == true)\n}', errors: [{ line: 2 }, { line: 2 }] },
  ],
});
