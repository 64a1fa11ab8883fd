import { describe } from 'vitest';
import { testSuppressions } from '../suppression-tester.case.js';

describe('Java suppressions: @SuppressWarnings, @SuppressFBWarnings, //noinspection, NOSONAR', () => {
  testSuppressions('java', [
    {
      name: "IntelliJ's //noinspection covers the statement below it, or its own line after code (curator's tests)",
      code: `class A {
  void f() throws Exception {
    try { g(); } finally {
      //noinspection ThrowFromFinallyBlock
      throw new IllegalStateException("released badly");
    }
  }
  void h() throws Exception {
    try { g(); } finally {
      throw new IllegalStateException("y");
    }
  }
  void i() throws Exception {
    try { g(); } finally {
      throw new IllegalStateException("z"); //noinspection ThrowFromFinallyBlock
    }
  }
}
`,
      suppressed: ['java/return-in-finally:5', 'java/return-in-finally:15'],
      kept: ['java/return-in-finally:10'],
    },
    {
      name: '@SuppressWarnings on a method with a Sonar, PMD or javac key covers that method',
      code: `class A {
  @SuppressWarnings("java:S108")
  void f() { try { g(); } catch (Exception e) {} }
  @SuppressWarnings({"unchecked", "PMD.EmptyCatchBlock"})
  void h() { try { g(); } catch (Exception e) {} }
  @SuppressWarnings("unchecked")
  void i() { try { g(); } catch (Exception e) {} }
}
`,
      suppressed: ['java/empty-catch-block:3', 'java/empty-catch-block:5'],
      kept: ['java/empty-catch-block:7'],
    },
    {
      name: '@SuppressWarnings("all") on a class covers every rule in it',
      code: `@SuppressWarnings("all")
class A {
  boolean f(String s) { return s == "a"; }
}
class B {
  boolean f(String s) { return s == "a"; }
}
`,
      suppressed: ['java/string-reference-comparison:3'],
      kept: ['java/string-reference-comparison:6'],
    },
    {
      name: '@SuppressFBWarnings takes a pattern or its prefix; a local variable annotation covers its declaration',
      code: `class A {
  @SuppressFBWarnings(value = "ES_COMPARING", justification = "interned")
  boolean f(String s) { return s == "a"; }
  void g(String s) {
    @SuppressWarnings("StringEquality") boolean same = s == "b";
    boolean other = s == "c";
  }
}
`,
      suppressed: ['java/string-reference-comparison:3', 'java/string-reference-comparison:5'],
      kept: ['java/string-reference-comparison:6'],
    },
    {
      name: 'NOSONAR drops every finding on its line',
      code: `class A {
  boolean f(String s) { return s == "a"; } // NOSONAR interned
  boolean g(String s) { return s == "a"; }
}
`,
      suppressed: ['java/string-reference-comparison:2'],
      kept: ['java/string-reference-comparison:3'],
    },
  ]);
});

describe('Scala suppressions: @SuppressWarnings(Array(...)), @nowarn', () => {
  testSuppressions('scala', [
    {
      name: 'WartRemover and Scapegoat keys name their checks',
      code: `object A {
  @SuppressWarnings(Array("org.wartremover.warts.OptionPartial"))
  def f(m: Map[String, Int]) = m.get("a").get
  @SuppressWarnings(Array("OptionGet"))
  def g(m: Map[String, Int]) = m.get("a").get
  @SuppressWarnings(Array("org.wartremover.warts.Var"))
  def h(m: Map[String, Int]) = m.get("a").get
}
`,
      suppressed: ['scala/option-get:3', 'scala/option-get:5'],
      kept: ['scala/option-get:7'],
    },
    {
      name: 'a bare @nowarn covers every rule in its definition; a filtered one does not',
      code: `object A {
  @nowarn
  def f(m: Map[String, Int]) = m.get("a").get
  @nowarn("cat=deprecation")
  def g(m: Map[String, Int]) = m.get("a").get
}
`,
      suppressed: ['scala/option-get:3'],
      kept: ['scala/option-get:5'],
    },
  ]);
});
