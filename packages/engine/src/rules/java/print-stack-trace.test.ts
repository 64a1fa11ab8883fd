import { testRule } from '../rule-tester.case.js';
import { rule } from './print-stack-trace.js';

testRule(rule, {
  valid: [
    // A command-line program's `main` reports the failure that ends it.
    'public class Client {\n  public static void main(final String[] args) {\n    try {\n      run(args);\n' +
      '    } catch (final Throwable t) {\n      t.printStackTrace();\n    }\n  }\n}',
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
    // An instance method named `main`, or a task started from `main`, is not the program's last word.
    {
      code:
        'class A {\n  void main() {\n    try { g(); } catch (Exception e) { e.printStackTrace(); }\n  }\n' +
        '  static void main(String[] a) {\n' +
        '    new Thread(() -> { try { g(); } catch (Exception e) { e.printStackTrace(); } });\n  }\n}',
      errors: [{ line: 3 }, { line: 6 }],
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
