import { testRule } from '../rule-tester.case.js';
import { rule } from './too-many-parameters.js';

testRule(rule, {
  valid: [
    'def f(a, b, c, d, e, f, g)\nend',
    'def f(a, b, c, d, e, f, g, &block)\nend',
    'def f\nend',
    'items.each { |a, b, c, d, e, f, g, h| a }',
    { code: 'def f(a, b, c, d)\nend', options: { maxParameters: 4 } },
    // Eight parameters are within the default of 8 (revive argument-limit).
    'def f(a, b, c, d, e, f, g, h)\nend',
  ],
  invalid: [
    {
      code: 'def f(a, b, c, d, e, f, g, h, i)\nend',
      errors: [{ line: 1, message: 'Method `f` has 9 parameters (more than 8).' }],
    },
    {
      code: 'class A\n  def ship(a, b, c, d, e, f, g, h)\n  end\nend',
      options: { maxParameters: 7 },
      errors: [{ line: 2, message: 'Method `ship` has 8 parameters (more than 7).' }],
    },
    {
      code: 'def self.build(a, b, c, d, e = 1, *f, g:, **h)\nend',
      options: { maxParameters: 7 },
      errors: [{ line: 1 }],
    },
    {
      code: 'def f(a, b, c, d, e)\nend',
      options: { maxParameters: 4 },
      errors: [{ line: 1, message: 'Method `f` has 5 parameters (more than 4).' }],
    },
  ],
});
