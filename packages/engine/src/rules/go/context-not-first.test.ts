import { testRule } from '../rule-tester.case.js';
import { rule } from './context-not-first.js';

testRule(rule, {
  valid: [
    'package p\nfunc Fetch(ctx context.Context, url string) {}',
    'package p\nfunc (c *C) Fetch(ctx context.Context) {}',
    'package p\nfunc helper(t *testing.T, ctx context.Context) {}',
    'package p\nfunc f(a int, b string) {}',
  ],
  invalid: [
    {
      code: 'package p\n\nfunc Fetch(url string, ctx context.Context) {}',
      errors: [{ line: 3, message: '`Fetch` takes `context.Context` after other parameters.' }],
    },
    { code: 'package p\nfunc (c *C) Do(\n\tname string,\n\tctx context.Context,\n) {}', errors: [{ line: 4 }] },
  ],
});
