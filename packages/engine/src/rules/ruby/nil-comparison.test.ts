import { testRule } from '../rule-tester.case.js';
import { rule } from './nil-comparison.js';

testRule(rule, {
  valid: ['x.nil?', 'x == 0', 'x.equal?(nil)', 'x === nil', 'x = nil', 'x ||= nil'],
  invalid: [
    { code: 'return if user == nil', errors: [{ line: 1, message: 'Comparison with `nil` through `==`.' }] },
    { code: 'def f(x)\n  nil != x\nend', errors: [{ line: 2, message: 'Comparison with `nil` through `!=`.' }] },
    { code: 'a = b == nil && c == nil', errors: [{ line: 1 }, { line: 1 }] },
  ],
});
