import { testRule } from '../rule-tester.case.js';
import { rule } from './boxed-primitive-constructor.js';

testRule(rule, {
  valid: [
    'class A { Integer f() { return Integer.valueOf(1); } }',
    'class A { Object f() { return new BigInteger("1"); } }',
    'class A { Object f() { return new my.Integer(1); } }',
    // A nested class of the project's own that shares the name: no wrapper constructor takes three arguments.
    'class Map {\n  static class Double { Double(Map m, int a, int b) {} }\n' +
      '  Object f() { return new Double(this, 1, 2); }\n}',
    'class A { Object f() { return new StringBuilder(); } }',
  ],
  invalid: [
    {
      code: 'class A {\n  Integer f() {\n    return new Integer(1);\n  }\n}',
      errors: [{ line: 3, message: '`new Integer(...)` uses a constructor deprecated for removal.' }],
    },
    {
      code: 'class A {\n  Object f() {\n    return new java.lang.Boolean(true);\n  }\n}',
      errors: [{ line: 3, message: /`new Boolean/ }],
    },
  ],
});
