import { testRule } from '../rule-tester.case.js';
import { rule } from './return-in-finally.js';

testRule(rule, {
  valid: [
    'class A { int f() { try { return g(); } finally { close(); } } }',
    'class A { void f() { try { g(); } finally { try { throw new X(); } catch (X e) { } } } }',
    'class A { void f() { try { g(); } finally { run(() -> { return; }); } } }',
    'class A { int f() { try { g(); } catch (Exception e) { return 1; } return 0; } }',
  ],
  invalid: [
    {
      code: 'class A {\n  int f() {\n    try { return g(); }\n    finally {\n      return 0;\n    }\n  }\n}',
      errors: [{ line: 5, message: '`return` inside `finally` discards the exception or result of the try block.' }],
    },
    {
      code: `class A {
  void f() {
    try { g(); } finally {
      if (bad) throw new IllegalStateException();
    }
  }
}`,
      errors: [{ line: 4, message: /`throw`/ }],
    },
    {
      code: `class A {
  void f() {
    try { g(); } finally {
      try { close(); } catch (IOException e) { throw new UncheckedIOException(e); }
    }
  }
}`,
      errors: [{ line: 4 }],
    },
  ],
});
