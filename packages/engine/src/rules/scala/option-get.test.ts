import { testRule } from '../rule-tester.case.js';
import { rule } from './option-get.js';

testRule(rule, {
  valid: [
    'object A { val p = config.get("port").getOrElse("80") }',
    'object A { val v = ref.get }',
    'object A { val v = map.get(k) }',
    'object A { val v = xs.headOption.map(f).get(0) }',
    'object A { val v = xs.head }',
    'object A { val v = tryParse(s).get }',
  ],
  invalid: [
    {
      code: 'object A {\n  val port = config.get("port").get\n}',
      errors: [{ line: 2, message: '`.get` on an `Option` throws when it is `None`.' }],
    },
    {
      code: `object A {
  def f(xs: List[Int]) = {
    val a = xs.headOption.get
    val b = xs.find(_ > 1).get
  }
}`,
      errors: [{ line: 3 }, { line: 4 }],
    },
    {
      code: 'object A {\n  val x = Option(System.getenv("HOME")).get\n  val y = xs.lastOption.get + 1\n}',
      errors: [{ line: 2 }, { line: 3 }],
    },
  ],
});
