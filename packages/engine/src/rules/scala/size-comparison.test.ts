import { testRule } from '../rule-tester.case.js';
import { rule } from './size-comparison.js';

testRule(rule, {
  valid: [
    'object A { if (xs.isEmpty) f() }',
    // A String's or an Array's length is a stored count: the premise (walking a List) does not hold.
    'object A {\n  def requestPath(uri: String): String = if (uri.length == 0) "/" else uri\n}',
    'object A {\n  def f(bytes: Array[Byte]) = bytes.length > 0\n}',
    'object A {\n  def f() = { val name = "x"; name.length != 0 }\n}',
    `class Q {
  private[this] val refs = js.Array[Ref]()
  def poll() = if (refs.length == 0) null else refs.shift()
}`,
    `object M {
  def lit(s: Any) = s match {
    case Constant(x: String) => if (x.length == 0) unit() else str(x)
  }
}`,
    'object A { if (xs.size == 1) f() }',
    'object A { if (xs.size > 2) f() }',
    'object A { if (size == 0) f() }',
    'class Buf {\n  def isEmpty: Boolean = this.size == 0\n}',
    // `length` on a receiver not declared as a linked sequence: a byte buffer, a Duration, a Java array, a string.
    'object A {\n  def f(m: Method) = m.getParameterTypes.length == 0\n}',
    'object A {\n  def f(timeout: Timeout) = if (timeout.duration.length <= 0) fail()\n}',
    'object A {\n  def f(d: FiniteDuration) = d.length > 0\n}',
    'object A {\n  def xadd(group: Buf) = require(group.length > 0, "empty group")\n}',
    'object A {\n  def f(s: String) = s.trim.length > 0\n}',
  ],
  invalid: [
    // A List parameter: `size` walks it.
    { code: 'object A {\n  def f(xs: List[Int]) = xs.size == 0\n}', errors: [{ line: 2 }] },
    { code: 'class Q {\n  val jobs = List.empty[Job]\n  def idle = jobs.length == 0\n}', errors: [{ line: 3 }] },
    {
      code: 'object A {\n  if (orders.size == 0) f()\n}',
      errors: [{ line: 2, message: 'Size compared with zero to test for emptiness.' }],
    },
    { code: 'object A {\n  val any = 0 < xs.size\n  val some = xs.size != 0\n}', errors: [{ line: 2 }, { line: 3 }] },
    // `size` of anything not known to store it, and `length` of a declared List, still report.
    { code: 'object A {\n  def f(c: Client) = c.getItems.size == 0\n}', errors: [{ line: 2 }] },
    { code: 'object A {\n  def f(jobs: List[Job]) = jobs.length <= 0\n}', errors: [{ line: 2 }] },
  ],
});
