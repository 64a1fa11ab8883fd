import { testRule } from '../rule-tester.case.js';
import { rule } from './marshal-load.js';

testRule(rule, {
  valid: ['copy = Marshal.load(Marshal.dump(obj))', 'data = Marshal.dump(obj)', 'config.load(file)', 'JSON.parse(s)', 'YAML.safe_load(s)'],
  invalid: [
    { code: 'obj = Marshal.load(payload)', errors: [{ line: 1, message: '`Marshal.load` deserializes data into arbitrary objects.' }] },
    { code: 'def read\n  ::Marshal.restore(File.binread(path))\nend', errors: [{ line: 2, message: '`Marshal.restore` deserializes data into arbitrary objects.' }] },
    { code: 'Marshal.load(Base64.decode64(cookies[:s]))', errors: [{ line: 1 }] },
  ],
});
