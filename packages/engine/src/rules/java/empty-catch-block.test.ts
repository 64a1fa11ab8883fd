import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-catch-block.js';

testRule(rule, {
  valid: [
    // Releasing quietly during cleanup, also under a null check; a poll that timed out goes round again.
    `class A {
  void stop() {
    try {
      if (serverSocket != null) serverSocket.close();
    } catch (final IOException e) {
    }
    try {
      Files.deleteIfExists(socketFile);
    } catch (final IOException e) {
    }
  }
}`,
    `class A {
  void serve() {
    while (running.get()) {
      try {
        handle(serverSocket.accept());
      } catch (final SocketTimeoutException e) {
      }
    }
  }
}`,
    'class A { void f() { try { g(); } catch (Exception e) { log(e); } } }',
    'class A { void f() { try { g(); } catch (InterruptedException ignored) { } } }',
    'class A { Object f() { try { return g(); } catch (SecurityException unusedFallback) { } return h(); } }',
    'class A { void f() { try { g(); } catch (NoSuchFieldException ignore) { } } }',
    // A comment after the block on its line says why; closing quietly is the close's own handling.
    'class A {\n  void f() {\n    try { g(); } catch (Exception t) { } // not supported here, nothing to do\n  }\n}',
    'class A { void f(Closeable c) { try { c.close(); } catch (IOException e) { } } }',
    'class A { void f() { try { g(); } finally { } } }',
    `class A { void f() { try { g(); } catch (InaccessibleObjectException e) {
  // OK: we cannot reflect on java.time fields
} } }`,
    'class A { int f(String s) { try { return parse(s); } catch (NumberFormatException e) { } return 0; } }',
    'class A { int f(String s) { if (s != null) { try { return parse(s); } catch (Exception e) { } } return 0; } }',
    'class A { int f() { while (true) { try { return read(); } catch (IOException e) { } } } }',
  ],
  invalid: [
    // A timeout outside a loop is not retried; a release with an `else` branch does more.
    {
      code: 'class A {\n  void f() {\n    try { call(); } catch (SocketTimeoutException e) {\n    }\n  }\n}',
      errors: [{ line: 3 }],
    },
    {
      code:
        'class A {\n  void f() {\n    try {\n      if (s != null) s.close(); else open();\n' +
        '    } catch (IOException e) {\n    }\n  }\n}',
      errors: [{ line: 5 }],
    },
    // A comment on the next line belongs to the next statement; a try that does more than close swallows it.
    {
      code: 'class A {\n  void f() {\n    try { g(); } catch (Exception e) { }\n    // flush\n    h();\n  }\n}',
      errors: [{ line: 3 }],
    },
    {
      code: 'class A {\n  void f() {\n    try { c.flush(); c.close(); } catch (IOException e) { }\n  }\n}',
      errors: [{ line: 3 }],
    },
    // The try returns, but nothing follows: the exception is lost.
    {
      code: 'class A {\n  void f() {\n    try { g(); return; } catch (Exception e) { }\n  }\n}',
      errors: [{ line: 3 }],
    },
    // Only the whole conventional names count: `unusual` is not `unused…`.
    { code: 'class A {\n  void f() {\n    try { g(); } catch (Exception unusual) { }\n  }\n}', errors: [{ line: 3 }] },
    {
      code: 'class A {\n  void f() {\n    try { g(); } catch (Exception e) { }\n  }\n}',
      errors: [{ line: 3, message: 'Empty catch block swallows the exception.' }],
    },
    {
      code: 'class A {\n  void f() {\n    try { g(); }\n    catch (IOException | RuntimeException e) {\n    }\n  }\n}',
      errors: [{ line: 4 }],
    },
  ],
});
