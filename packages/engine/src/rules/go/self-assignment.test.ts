import { testRule } from '../rule-tester.case.js';
import { rule } from './self-assignment.js';

testRule(rule, {
  valid: [
    'package p\nfunc (c *C) Set(name string) { c.name = name }',
    'package p\nfunc f() { a, b = b, a }',
    'package p\nfunc f() { x := x }',
    'package p\nfunc f() { _ = _ }',
    'package p\nfunc f() { x += x }',
  ],
  invalid: [
    {
      code: 'package p\nfunc (c *C) Set(name string) {\n\tc.name = c.name\n}',
      errors: [{ line: 3, message: '`c.name` is assigned to itself.' }],
    },
    { code: 'package p\nfunc f() {\n\ta, b = a, c\n}', errors: [{ line: 3, message: '`a` is assigned to itself.' }] },
  ],
});
