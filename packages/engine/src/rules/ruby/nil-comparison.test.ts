import { testRule } from '../rule-tester.case.js';
import { rule } from './nil-comparison.js';

testRule(rule, {
  valid: [
    'x.nil?',
    'x == 0',
    'x.equal?(nil)',
    'x === nil',
    'x = nil',
    'x ||= nil',
    'def self.mac?\n  # Darwin only\n  (/darwin/ =~ RUBY_PLATFORM) != nil\nend',
    'def exists?(id)\n  load(id)\n  find(id) != nil\nrescue KeyError\n  false\nend',
  ],
  invalid: [
    { code: 'return if user == nil', errors: [{ line: 1, message: 'Comparison with `nil` through `==`.' }] },
    { code: 'def f(x)\n  nil != x\nend', errors: [{ line: 2, message: 'Comparison with `nil` through `!=`.' }] },
    { code: 'a = b == nil && c == nil', errors: [{ line: 1 }, { line: 1 }] },
    // Only `!=` as a predicate's result is allowed; not `==`, not an earlier statement, not a non-predicate.
    { code: 'def missing?\n  find(id) == nil\nend', errors: [{ line: 2 }] },
    { code: 'def ok?\n  a = x != nil\n  a\nend', errors: [{ line: 2 }] },
    { code: 'def present\n  x != nil\nend', errors: [{ line: 2 }] },
  ],
});
