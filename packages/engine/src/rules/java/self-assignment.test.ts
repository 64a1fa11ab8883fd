import { testRule } from '../rule-tester.case.js';
import { rule } from './self-assignment.js';

testRule(rule, {
  valid: [
    'class A { String name; A(String name) { this.name = name; } }',
    'class A { void f() { x = y; } }',
    'class A { void f() { x += x; } }',
    'class A { void f() { a[i] = a[j]; } }',
    // `‿` (U+203F) is a legal identifier part the grammar does not read: `prop‿` is another name.
    'class A { String prop\u203F; A(String prop) { prop\u203F = prop; } }',
    'class A { void f(A o) { this.x = o.x; } }',
  ],
  invalid: [
    // A long expression is elided in the middle: its start and its end stay.
    {
      code:
        'class A {\n  void f() {\n    this.connectionSettingsByAvailabilityZone.primaryEndpointName =\n' +
        '      this.connectionSettingsByAvailabilityZone.primaryEndpointName;\n  }\n}',
      errors: [
        { line: 3, message: '`this.connectionSettingsByAvailab…ityZone.primaryEndpointName` is assigned to itself.' },
      ],
    },
    {
      code: 'class A {\n  String name;\n  A(String name) {\n    name = name;\n  }\n}',
      errors: [{ line: 4, message: '`name` is assigned to itself.' }],
    },
    {
      code: 'class A {\n  void f() {\n    this.count = this.count;\n  }\n}',
      errors: [{ line: 3, message: '`this.count` is assigned to itself.' }],
    },
  ],
});
