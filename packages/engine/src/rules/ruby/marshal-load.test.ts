import { testRule } from '../rule-tester.case.js';
import { rule } from './marshal-load.js';

testRule(rule, {
  valid: [
    'copy = Marshal.load(Marshal.dump(obj))',
    'value = Marshal.load(cached_file)',
    'Marshal.load(File.binread(path))',
    'data = Marshal.dump(obj)',
    'config.load(file)',
    'JSON.parse(s)',
    'YAML.safe_load(s)',
    // Tests and specs build payloads on purpose.
    { code: 'Marshal.load(cookies[:s])', filename: 'spec/models/user_spec.rb' },
    { code: 'Marshal.load(cookies[:s])', filename: 'test/request_test.rb' },
  ],
  invalid: [
    {
      code: 'obj = Marshal.load(params[:payload])',
      errors: [{ line: 1, message: '`Marshal.load` deserializes client-supplied data into arbitrary objects.' }],
    },
    {
      code: 'def read\n  ::Marshal.restore(request.body.read)\nend',
      errors: [{ line: 2, message: '`Marshal.restore` deserializes client-supplied data into arbitrary objects.' }],
    },
    { code: 'Marshal.load(Base64.decode64(cookies[:s]))', errors: [{ line: 1 }] },
  ],
});
