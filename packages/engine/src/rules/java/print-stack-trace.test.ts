import { testRule } from '../rule-tester.case.js';
import { rule } from './print-stack-trace.js';

testRule(rule, {
  valid: [
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
