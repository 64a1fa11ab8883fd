import { testRule } from '../rule-tester.case.js';
import { rule } from './too-many-parameters.js';

testRule(rule, {
  valid: [
    'class A { void f(int a, int b, int c, int d, int e, int f, int g) { } }',
    // An override takes its signature from the method it overrides
    // (Checkstyle ParameterNumber's ignoreOverriddenMethods).
    'class A { @Override public void f(int a, int b, int c, int d, int e, int f, int g, int h, int i) { } }',
    'class A { void f(int a, int b, int c) { } }',
    { code: 'class A { void f(int a, int b, int c) { } }', options: { maxParameters: 3 } },
    // A constructor that only stores and checks its arguments is a record spelled out (netty's SubmissionQueue).
    `class Q {
  Q(long head, long tail, long mask, long entries, long flags, long dropped, long array, long sqes, int fd) {
    super(fd);
    this.head = head;
    this.tail = checkPositive(tail, "tail");
    mask = m;
    ObjectUtil.checkNotNull(array, "array");
    Objects.requireNonNull(sqes);
  }
}`,
    // A native method's parameters are those of the C function or system call behind it.
    'class S { static native int sendmsg(int fd, boolean ipv6, long a, int b, long c, int d, int e, int f); }',
    // Test helpers and parameterized tests take one parameter per column.
    {
      code: 'class FooTest { void check(int a, int b, int c, int d, int e, int f, int g, int h) { } }',
      filename: 'src/test/java/FooTest.java',
    },
    // A deprecated member keeps its signature for the callers it is kept for (netty's SslContext.newServerContext).
    'class C {\n  @Deprecated\n  public static C newServerContext(File a, File b, String c, Iterable<String> ' +
      'd, Iterable<String> e, long f, long g, long h, int i) { return null; }\n}',
    `class C {
  /** @deprecated use the builder */
  @java.lang.Deprecated(since = "4.1")
  public C(int a, int b, int c, int d, int e, int f, int g, int h, int i) { start(a); }
}`,
    // A constructor outside the package cannot call is reached through the
    // class's factories or builder (netty's SslContext chain, QUIC's forServer).
    'public abstract class Ctx {\n' +
      '  Ctx(Iterable<String> ciphers, Filter filter, Negotiator apn, int mode, Certificate[] chain, Auth auth, ' +
      'String[] protocols, boolean startTls, boolean ocsp) {\n    super(startTls);\n    start(mode);\n  }\n}',
    'public final class Channel {\n' +
      '  private Channel(Channel parent, boolean server, ByteBuffer key, Address local, Address remote, boolean ' +
      'datagram, Handler handler, Option[] options, Attr[] attrs) { start(parent); }\n' +
      '  static Channel forServer(Channel parent, ByteBuffer key) { return new Channel(parent, true, key, null, ' +
      'null, false, null, null, null); }\n}',
    `final class Queue {
  public Queue(int a, int b, int c, int d, int e, int f, int g, int h, int i) { start(a); }
}`,
    `public class Outer {
  private static class Entry {
    protected Entry(int a, int b, int c, int d, int e, int f, int g, int h, int i) { start(a); }
  }
}`,
    `public enum Level {
  LOW(1, 2, 3, 4, 5, 6, 7, 8, 9);
  Level(int a, int b, int c, int d, int e, int f, int g, int h, int i) { start(a); }
}`,
    `public class A {
  void f() {
    class Local {
      public Local(int a, int b, int c, int d, int e, int f, int g, int h, int i) { start(a); }
    }
  }
}`,
    // A method outside the package cannot call is its class's or package's own: private or package-private, a member of
    // a type that is not visible outside its package, or of a local or
    // anonymous class (netty's QUIC codec, HTTP/2 encoder, bzip2 sort).
    'public class A {\n  private static void f(int a, int b, int c, int d, int e, int f, int g, int h, int i) { }\n}',
    `public class A {
  static A create(int a, int b, int c, int d, int e, int f, int g, int h, int i) { return null; }
}`,
    `abstract class Codec {
  protected abstract Channel connect(int a, int b, int c, int d, int e, int f, int g, int h, int i);
}`,
    'final class Sort {\n  public void sort(int a, int b, int c, int d, int e, int f, int g, int h, int i) { }\n}',
    `public class A {
  private interface Hook {
    void on(int a, int b, int c, int d, int e, int f, int g, int h, int i);
  }
}`,
    'public interface I {\n  private void helper(int a, int b, int c, int d, int e, int f, int g, int h, int i) { }\n}',
    `public class A {
  Runnable r = new Runnable() {
    public void go(int a, int b, int c, int d, int e, int f, int g, int h, int i) { }
  };
}`,
    // Eight parameters are within the default of 8 (revive argument-limit).
    'class A { void f(int a, int b, int c, int d, int e, int f, int g, int h) { } }',
  ],
  invalid: [
    {
      code: 'public class A { public void f(int a, int b, int c, int d, int e, int f, int g, int h, int i) { } }',
      errors: [{ line: 1, message: '`f` has 9 parameters (more than 8).' }],
    },
    {
      code: `public class A {
  protected void f(int a, int b, int c, int d,
         int e, int f, int g, int h) { }
}`,
      options: { maxParameters: 7 },
      errors: [{ line: 2, message: '`f` has 8 parameters (more than 7).' }],
    },
    {
      code: 'public class A {\n  public A(int a, int b, int c, int d, int e, int f, int g, String... rest) { }\n}',
      options: { maxParameters: 7 },
      errors: [{ line: 2, message: '`A` has 8 parameters (more than 7).' }],
    },
    {
      code: `public class A {
  protected A(int a, int b, int c, int d, int e, int f, int g, int h) {
    this.a = a;
    start(b, c);
  }
}`,
      options: { maxParameters: 7 },
      errors: [{ line: 2 }],
    },
    {
      code: 'public interface I {\n  void f(int a, int b, int c, int d);\n}',
      options: { maxParameters: 3 },
      errors: [{ line: 2 }],
    },
    {
      code: 'public enum Mode {\n  ON;\n  public static Mode of(int a, int b, int c, int d) { return ON; }\n}',
      options: { maxParameters: 3 },
      errors: [{ line: 3 }],
    },
    // Another annotation says nothing about the signature.
    {
      code: `public class C {
  @SuppressWarnings("deprecation")
  public C(int a, int b, int c, int d, int e, int f, int g, int h, int i) { start(a); }
}`,
      errors: [{ line: 3 }],
    },
    // A constructor code outside the package can call: of a public
    // class, a nested public class, or a member class of an interface.
    {
      code: `public class Outer {
  public static class Pool {
    public Pool(int a, int b, int c, int d, int e, int f, int g, int h, int i) { start(a); }
  }
}`,
      errors: [{ line: 3 }],
    },
    {
      code: `public interface I {
  class N {
    public N(int a, int b, int c, int d, int e, int f, int g, int h, int i) { start(a); }
  }
}`,
      errors: [{ line: 3 }],
    },
    {
      code: `public class Outer {
  public interface Listener {
    void on(int a, int b, int c, int d, int e, int f, int g, int h, int i);
  }
}`,
      errors: [{ line: 3 }],
    },
  ],
});
