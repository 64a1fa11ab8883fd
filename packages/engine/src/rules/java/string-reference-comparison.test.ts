import { testRule } from '../rule-tester.case.js';
import { rule } from './string-reference-comparison.js';

testRule(rule, {
  valid: [
    'class A { boolean f(String s) { return "quit".equals(s); } }',
    'class A { boolean f(String s) { return s == null; } }',
    'class A { boolean f(String a, String b) { return a == b; } }',
    'class A { boolean f(int n) { return n == 3; } }',
    'class A { boolean f(char c) { return c == \'x\'; } }',
    'class A { String f(String s) { return s + "x"; } }',
  ],
  invalid: [
    { code: 'class A {\n  boolean f(String s) {\n    return s == "quit";\n  }\n}', errors: [{ line: 3, message: 'String compared with `==`, which compares references, not contents.' }] },
    { code: 'class A {\n  void f(String s) {\n    if ("a" != s) g();\n  }\n}', errors: [{ line: 3, message: /`!=`/ }] },
    { code: 'class A {\n  boolean f(String s) {\n    return s.trim() == "" || s == "-";\n  }\n}', errors: [{ line: 3 }, { line: 3 }] },
  ],
});
