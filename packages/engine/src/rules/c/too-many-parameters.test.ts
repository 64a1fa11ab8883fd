import { testRule } from '../rule-tester.case.js';
import { rule } from './too-many-parameters.js';

testRule(rule, {
  valid: [
    'int f(int a, int b, int c, int d, int e, int f, int g) { return 0; }',
    'int f(int a, int b, int c, int d, int e, int f, int g, ...) { return 0; }',
    'int f(void) { return 0; }',
    'int f(int a, int b, int c, int d, int e, int f, int g, int h);',
    { code: 'int f(int a, int b, int c) { return 0; }', options: { maxParameters: 3 } },
  ],
  invalid: [
    { code: 'int connect_to(const char *host, int port, const char *user,\n  const char *password, int timeout, int retries, int tls, const char *proxy) {\n  return 0;\n}', errors: [{ line: 1, message: '`connect_to` has 8 parameters (more than 7).' }] },
    { code: 'static char *\nformat(int a, int b, int c, int d) {\n  return 0;\n}', options: { maxParameters: 3 }, errors: [{ line: 2, message: '`format` has 4 parameters (more than 3).' }] },
  ],
});
