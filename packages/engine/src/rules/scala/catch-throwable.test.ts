import { testRule } from '../rule-tester.case.js';
import { rule } from './catch-throwable.js';

testRule(rule, {
  valid: [
    'object A {\n  try f() catch {\n    case NonFatal(e) => log(e)\n  }\n}',
    'object A {\n  try f() catch {\n    case e: IOException => log(e)\n  }\n}',
    'object A {\n  try f() catch {\n    case t: Throwable =>\n      log(t)\n      throw t\n  }\n}',
    'object A {\n  x match {\n    case _ => 0\n  }\n}',
    'object A {\n  try f() catch {\n    case e if NonFatal(e) => log(e)\n  }\n}',
    'object A {\n  try f() catch {\n    case Timeout => retry()\n  }\n}',
  ],
  invalid: [
    {
      code: 'object A {\n  try parse(s) catch {\n    case e: Throwable => default\n  }\n}',
      errors: [
        { line: 3, message: 'This catch case matches every `Throwable`, fatal errors and interrupts included.' },
      ],
    },
    {
      code: 'object A {\n  try f() catch {\n    case e: IOException => a()\n    case _ => b()\n  }\n}',
      errors: [{ line: 4 }],
    },
    {
      code: `object A {
  def g = try f() catch { case t => None }
  def h = try f() catch { case _: java.lang.Throwable => None }
}`,
      errors: [{ line: 2 }, { line: 3 }],
    },
  ],
});
