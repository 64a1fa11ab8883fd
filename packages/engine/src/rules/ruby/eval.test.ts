import { describe, expect, it } from 'vitest';
import { parseSource } from '../../parse/parser.js';
import { runRules } from '../run-rules.js';
import { testRule } from '../rule-tester.case.js';
import { DEFAULT_RULE_OPTIONS } from '../types.js';
import { rule } from './eval.js';

testRule(rule, {
  valid: [
    'eval("1 + 1")',
    'obj.instance_eval { configure }',
    'calculator.eval(expression)',
    'def eval(x)\n  x\nend',
    'evaluate(code)',
  ],
  invalid: [
    { code: 'x = 1\neval(code)', errors: [{ line: 2, message: '`eval` runs a string built at run time as Ruby code.' }] },
    { code: 'eval("settings.#{key}")', errors: [{ line: 1 }] },
    { code: 'def run\n  binding.eval(src)\n  Kernel.eval(src, binding)\nend', errors: [{ line: 2 }, { line: 3 }] },
  ],
});

describe('ruby/eval in test files', () => {
  it.each(['spec/json_spec.rb', 'test/unit/a.rb', 'lib/a_test.rb'])('reports nothing in %s', async (filename) => {
    const code = 'eval(code)';
    const tree = await parseSource('ruby', code);
    expect(runRules([rule], { tree, source: code, language: 'ruby', filename, options: DEFAULT_RULE_OPTIONS })).toEqual([]);
    tree.delete();
  });
});
