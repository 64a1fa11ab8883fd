import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-catch-case.js';

testRule(rule, {
  valid: [
    // A best-effort probe for an optional class: its absence changes nothing.
    `object Warmup {
  def preload(): Unit =
    try {
      val clazz = Class.forName("scala.reflect.runtime.package$")
      clazz.getMethod("universe").invoke(clazz.getField("MODULE$").get(null))
    } catch {
      case _: Exception =>
    }
}`,
    'object A {\n  try f() catch {\n    case e: IOException => log(e)\n  }\n}',
    'object A {\n  try f() catch {\n    case _: InterruptedException => ()\n  }\n}',
    'object A {\n  try f() catch {\n    case _: IOException => // the cache is optional\n  }\n}',
    'object A {\n  x match {\n    case 1 =>\n    case _ => g()\n  }\n}',
    'object A {\n  try f() catch {\n    case ignored: IOException =>\n  }\n}',
    // A comment on the line above covers the run of empty cases below it.
    'object A {\n  try f() catch {\n    // the target may be gone\n    case _: SchedulerException =>\n' +
      '    case e: IllegalStateException if e.getCause != null =>\n  }\n}',
  ],
  invalid: [
    // A reflective call elsewhere, not in the `try`, makes no probe of it.
    {
      code: 'object A {\n  val m = classOf[A].getMethod("f")\n  try run() catch {\n    case _: Exception =>\n  }\n}',
      errors: [{ line: 4 }],
    },
    // A comment above a handled case does not cover the empty case after it.
    {
      code:
        'object A {\n  try f() catch {\n    // log it\n' +
        '    case e: IOException => log(e)\n    case _: Exception =>\n  }\n}',
      errors: [{ line: 5 }],
    },
    { code: 'object A {\n  try f() catch {\n    case ignoring: IOException =>\n  }\n}', errors: [{ line: 3 }] },
    {
      code: 'object A {\n  try save() catch {\n    case e: IOException =>\n  }\n}',
      errors: [{ line: 3, message: 'Empty catch case swallows the exception.' }],
    },
    {
      code: 'object A {\n  def f() = try g() catch {\n    case NonFatal(_) => {}\n    case e: Error => throw e\n  }\n}',
      errors: [{ line: 3 }],
    },
    {
      code: 'object A {\n  try g() catch { case _: IOException => }\n  try h() catch { case _: Exception => }\n}',
      errors: [{ line: 2 }, { line: 3 }],
    },
  ],
});
