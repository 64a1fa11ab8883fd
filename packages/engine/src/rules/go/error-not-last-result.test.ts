import { testRule } from '../rule-tester.case.js';
import { rule } from './error-not-last-result.js';

testRule(rule, {
  valid: [
    'package p\nfunc Parse(s string) (*Config, error) { return nil, nil }',
    'package p\nfunc Close() error { return nil }',
    'package p\nfunc f() (n int, err error) { return }',
    'package p\nfunc f() (error, error) { return nil, nil }',
  ],
  invalid: [
    {
      code: 'package p\n\nfunc Parse(s string) (error, *Config) { return nil, nil }',
      errors: [{ line: 3, message: '`Parse` returns `error` before its other results.' }],
    },
    { code: 'package p\ntype Parser interface {\n\tParse() (err error, n int)\n}', errors: [{ line: 3 }] },
  ],
});
