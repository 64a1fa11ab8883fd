import { testRule } from '../rule-tester.case.js';
import { rule } from './command-injection.js';

testRule(rule, {
  valid: [
    'void f(void) { system("clear"); }',
    'int f(void) { return system(NULL); }',
    'void f(void) { FILE *p = popen("ls -l", "r"); }',
    'void f(void) { system(CLEAR_COMMAND); }',
    'void f(struct shell *s, const char *c) { s->system(c); }',
  ],
  invalid: [
    {
      code: `void f(const char *upload) {
  char cmd[256];
  snprintf(cmd, sizeof cmd, "convert %s out.png", upload);
  system(cmd);
}`,
      errors: [{ line: 4, message: '`system` runs a command built at run time through the shell.' }],
    },
    { code: 'void f(const char *c) {\n  FILE *p = popen(c, "r");\n}', errors: [{ line: 2, message: /^`popen`/ }] },
  ],
});
