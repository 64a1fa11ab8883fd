import { testRule } from '../rule-tester.case.js';
import { rule } from './string-reference-comparison.js';

testRule(rule, {
  valid: [
    'class A { boolean f(String s) { return "quit".equals(s); } }',
    'class A { boolean f(String s) { return s == null; } }',
    'class A { boolean f(String a, String b) { return a == b; } }',
    'class A { boolean f(int n) { return n == 3; } }',
    "class A { boolean f(char c) { return c == 'x'; } }",
    'class A { String f(String s) { return s + "x"; } }',
    // netty's Http2Headers: an identity fast path, then the same comparison by content.
    `class A {
  int f(CharSequence header) {
    if (":method" == header) return 1;
    if (":path" == header) return 2;
    if (":method".contentEquals(header)) return 1;
    if (header.equals(":path")) return 2;
    return 0;
  }
}`,
    'class A { boolean f(CharSequence a) { return a == "x" || AsciiString.contentEquals(a, "x"); } }',
  ],
  invalid: [
    {
      code: 'class A {\n  boolean f(String s) {\n    return s == "quit";\n  }\n}',
      errors: [{ line: 3, message: 'String compared with `==`, which compares references, not contents.' }],
    },
    { code: 'class A {\n  void f(String s) {\n    if ("a" != s) g();\n  }\n}', errors: [{ line: 3, message: /`!=`/ }] },
    {
      code: 'class A {\n  boolean f(String s) {\n    return s.trim() == "" || s == "-";\n  }\n}',
      errors: [{ line: 3 }, { line: 3 }],
    },
    // Compared by content only before, with other operands, or in another method: not a fast path.
    {
      code: `class A {
  boolean f(String s, String t) {
    if ("a".equals(s)) return true;
    if (s == "a") return true;
    return t.equals("b") || s == "b";
  }
  boolean g(String s) { return "a".equals(s); }
}`,
      errors: [{ line: 4 }, { line: 5 }],
    },
  ],
});
