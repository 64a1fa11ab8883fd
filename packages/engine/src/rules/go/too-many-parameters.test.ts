import { testRule } from '../rule-tester.case.js';
import { rule } from './too-many-parameters.js';

testRule(rule, {
  valid: [
    'package p\nfunc f(a, b, c, d, e, f, g int) {}',
    'package p\nfunc (r *R) f(a, b, c, d, e, f int, rest ...string) {}',
    'package p\nfunc f(opts Options) {}',
    { code: 'package p\nfunc f(a, b, c int) {}', options: { maxParameters: 3 } },
    // Eight parameters are within the default of 8 (revive argument-limit).
    'package p\nfunc f(a, b, c, d, e, f, g, h int) {}',
  ],
  invalid: [
    {
      code: 'package p\nfunc f(a, b, c, d, e, f, g, h, i int) {}',
      errors: [{ line: 2, message: '`f` has 9 parameters (more than 8).' }],
    },
    {
      code:
        'package p\n\nfunc Dial(host string, port int, user, password string,\n' +
        '\ttimeout, keepAlive time.Duration, tls bool, proxy string) {}',
      options: { maxParameters: 7 },
      errors: [{ line: 3, message: '`Dial` has 8 parameters (more than 7).' }],
    },
    {
      code: 'package p\nfunc (c *Client) Do(a, b, c, d, e, f, g int, rest ...int) {}',
      options: { maxParameters: 7 },
      errors: [{ line: 2, message: '`Do` has 8 parameters (more than 7).' }],
    },
    { code: 'package p\nfunc f(int, string, bool, float64) {}', options: { maxParameters: 3 }, errors: [{ line: 2 }] },
  ],
});
