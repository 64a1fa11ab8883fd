import { testRule } from '../rule-tester.case.js';
import { rule } from './eval-hotspot.js';

testRule(rule, {
  valid: [
    'eval("1 + 1")',
    'obj.instance_eval { configure }',
    'calculator.eval(expression)',
    'def eval(x)\n  x\nend',
    'evaluate(code)',
    // Tests and specs build code on purpose.
    { code: 'eval(code)', filename: 'spec/json_spec.rb' },
    { code: 'eval(code)', filename: 'test/unit/a.rb' },
    { code: 'eval(code)', filename: 'lib/a_test.rb' },
  ],
  invalid: [
    {
      code: 'x = 1\neval(code)',
      errors: [{ line: 2, message: '`eval` runs a string built at run time as Ruby code.' }],
    },
    { code: 'eval("settings.#{key}")', errors: [{ line: 1 }] },
    { code: 'def run\n  binding.eval(src)\n  Kernel.eval(src, binding)\nend', errors: [{ line: 2 }, { line: 3 }] },
  ],
});
