import { testRule } from '../rule-tester.case.js';
import { rule } from './catch-throwable.js';

testRule(rule, {
  valid: [
    'object A {\n  try f() catch {\n    case NonFatal(e) => log(e)\n  }\n}',
    'object A {\n  try f() catch {\n    case e: IOException => log(e)\n  }\n}',
    'object A {\n  try f() catch {\n    case t: Throwable =>\n      log(t)\n      throw t\n  }\n}',
    // Attached to the exception on its way out, or explained by a comment.
    'object A {\n  try close() catch {\n    case e2: Throwable => e.addSuppressed(e2)\n  }\n}',
    'object A {\n  try load() catch {\n' +
      '    case t: Throwable => // a plugin failure must not stop the system\n      warn(t)\n  }\n}',
    'object A {\n  try probe() catch {\n' +
      '    // best effort: any failure means absent\n    case _: Throwable => false\n  }\n}',
    'object A {\n  x match {\n    case _ => 0\n  }\n}',
    'object A {\n  try f() catch {\n    case e if NonFatal(e) => log(e)\n  }\n}',
    'object A {\n  try f() catch {\n    case Timeout => retry()\n  }\n}',
  ],
  invalid: [
    // A comment further up, or one inside the handler's later lines, explains nothing about the catch-all.
    {
      code: 'object A {\n  // load it\n\n  try load() catch {\n    case t: Throwable =>\n      warn(t) // warn\n  }\n}',
      errors: [{ line: 5 }],
    },
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
