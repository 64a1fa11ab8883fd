import { describe, expect, it } from 'vitest';
import { parseSource } from '../../parse/parser.js';
import { runRules } from '../run-rules.js';
import { testRule } from '../rule-tester.case.js';
import { DEFAULT_RULE_OPTIONS } from '../types.js';
import { rule } from './marshal-load.js';

testRule(rule, {
  valid: ['copy = Marshal.load(Marshal.dump(obj))', 'value = Marshal.load(cached_file)', 'Marshal.load(File.binread(path))', 'data = Marshal.dump(obj)', 'config.load(file)', 'JSON.parse(s)', 'YAML.safe_load(s)'],
  invalid: [
    { code: 'obj = Marshal.load(params[:payload])', errors: [{ line: 1, message: '`Marshal.load` deserializes client-supplied data into arbitrary objects.' }] },
    { code: 'def read\n  ::Marshal.restore(request.body.read)\nend', errors: [{ line: 2, message: '`Marshal.restore` deserializes client-supplied data into arbitrary objects.' }] },
    { code: 'Marshal.load(Base64.decode64(cookies[:s]))', errors: [{ line: 1 }] },
  ],
});

describe('ruby/marshal-load in test files', () => {
  it.each(['spec/models/user_spec.rb', 'test/request_test.rb'])('reports nothing in %s', async (filename) => {
    const code = 'Marshal.load(cookies[:s])';
    const tree = await parseSource('ruby', code);
    expect(runRules([rule], { tree, source: code, language: 'ruby', filename, options: DEFAULT_RULE_OPTIONS })).toEqual([]);
    tree.delete();
  });
});
