import { testRule } from '../rule-tester.case.js';
import { rule } from './redundant-filter.js';

testRule(rule, {
  valid: [
    'object A { val a = users.find(_.isAdmin) }',
    'object A { val a = users.filter(_.isAdmin).map(_.name) }',
    'object A { val a = df.filter(col("x") > 1).isEmpty }',
    'object A { val a = users.filterNot(_.isAdmin).headOption }',
    'object A { val a = users.headOption }',
  ],
  invalid: [
    {
      code: 'object A {\n  val admin = users.filter(_.isAdmin).headOption\n}',
      errors: [{ line: 2, message: '`.filter(p).headOption` builds a collection only to inspect it.' }],
    },
    {
      code: 'object A {\n  val n = xs.filter(x => x > 0).size\n  val b = xs.filter(p).nonEmpty\n}',
      errors: [{ line: 2 }, { line: 3, message: '`.filter(p).nonEmpty` builds a collection only to inspect it.' }],
    },
    { code: 'object A {\n  def f(s: Seq[Int]) = s.filter(_ % 2 == 0).length\n}', errors: [{ line: 2 }] },
  ],
});
