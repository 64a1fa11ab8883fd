import { testRule } from '../rule-tester.case.js';
import { rule } from './print-stack-trace.js';

testRule(rule, {
  valid: [
    // A command-line program's `main` reports the failure that ends it.
    'public class Client {\n  public static void main(final String[] args) {\n    try {\n      run(args);\n' +
      '    } catch (final Throwable t) {\n      t.printStackTrace();\n    }\n  }\n}',
    // The class of a command-line program: its other methods report to the same console (google-java-format's Main).
    'public final class Main {\n  public static void main(String... args) { run(args); }\n' +
      '  static Options processArgs(String... args) {\n    try {\n      return parse(args);\n' +
      '    } catch (Throwable t) {\n      t.printStackTrace();\n      throw new UsageException(t.getMessage());\n' +
      '    }\n  }\n}',
    // An annotation processor runs in the compiler and reports through the Messager as well (feign's stub generator).
    'public class GenerateTestStubAPT extends AbstractProcessor {\n  public boolean process() {\n    try {\n' +
      '      write();\n    } catch (final Exception e) {\n      e.printStackTrace();\n' +
      '      processingEnv.getMessager().printMessage(Kind.ERROR, "Unable to generate");\n    }\n' +
      '    return true;\n  }\n}',
    'class A { void f() { try { g(); } catch (Exception e) { log.error("g", e); } } }',
    'class A { void f(PrintWriter w) { try { g(); } catch (Exception e) { e.printStackTrace(w); } } }',
    'class A { void printStackTrace() { } void f() { printStackTrace(); } }',
    {
      code:
        'class MsgEchoClientHandler { void exceptionCaught(Object ' +
        'ctx, Throwable cause) { cause.printStackTrace(); } }',
      filename: 'example/src/main/java/io/netty/example/udt/echo/message/MsgEchoClientHandler.java',
    },
    // netty's copy of SLF4J's MessageFormatter reports a failing `toString()` without its own logger.
    `package io.netty.util.internal.logging;
final class MessageFormatter {
  static void append(Object o) {
    try { o.toString(); } catch (Throwable t) { t.printStackTrace(); }
  }
}`,
  ],
  invalid: [
    // An instance method named `main` does not make a command-line program.
    {
      code: 'class A {\n  void main() {\n    try { g(); } catch (Exception e) { e.printStackTrace(); }\n  }\n}',
      errors: [{ line: 3 }],
    },
    // A library's class (assertj's MyersDiff) has no console of its own.
    {
      code:
        'public class MyersDiff<T> {\n  public Patch<T> diff(List<T> a, List<T> b) {\n    try {\n' +
        '      return build(a, b);\n    } catch (IllegalStateException e) {\n      e.printStackTrace();\n' +
        '      return new Patch<>();\n    }\n  }\n}',
      errors: [{ line: 6 }],
    },
    {
      code: `class A {
  void f() {
    try { g(); } catch (Exception e) {
      e.printStackTrace();
    }
  }
}`,
      errors: [{ line: 4, message: 'Stack trace printed to standard error instead of being logged.' }],
    },
    { code: 'class A {\n  void f(Throwable t) { t.getCause().printStackTrace(); }\n}', errors: [{ line: 2 }] },
    {
      code: `package com.acme.orders;
import com.acme.logging.Log;
class A {
  void f(Throwable t) { t.printStackTrace(); }
}`,
      errors: [{ line: 4 }],
    },
  ],
});
