import { testRule } from '../rule-tester.case.js';
import { rule } from './too-many-parameters.js';

testRule(rule, {
  valid: [
    'class A { void f(int a, int b, int c, int d, int e, int f, int g) { } }',
    'class A { @Override public void f(int a, int b, int c, int d, int e, int f, int g, int h) { } }',
    'class A { void f(int a, int b, int c) { } }',
    { code: 'class A { void f(int a, int b, int c) { } }', options: { maxParameters: 3 } },
  ],
  invalid: [
    { code: 'class A {\n  void f(int a, int b, int c, int d,\n         int e, int f, int g, int h) { }\n}', errors: [{ line: 2, message: '`f` has 8 parameters (more than 7).' }] },
    { code: 'class A {\n  A(int a, int b, int c, int d, int e, int f, int g, String... rest) { }\n}', errors: [{ line: 2, message: '`A` has 8 parameters (more than 7).' }] },
    { code: 'interface I {\n  void f(int a, int b, int c, int d);\n}', options: { maxParameters: 3 }, errors: [{ line: 2 }] },
  ],
});
