import { testRule } from '../rule-tester.case.js';
import { rule } from './command-injection.js';

testRule(rule, {
  valid: [
    'void f(void) { system("clear"); }',
    'int f(void) { return system(NULL); }',
    'void f(void) { FILE *p = popen("ls -l", "r"); }',
    'void f(void) { system(CLEAR_COMMAND); }',
    'void f(struct shell *s, const char *c) { s->system(c); }',
    // A command of a literal and numbers only.
    `void f(void) {
  char cmd[128];
  snprintf(cmd, sizeof(cmd), "coreadm -p core.%%f.%%p %lu", (unsigned long)getpid());
  system(cmd);
}`,
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
    // A `%c`, or another write to the buffer, lets other text in.
    {
      code: 'void f(char c) {\n  char cmd[64];\n  sprintf(cmd, "kill -%c 1", c);\n  system(cmd);\n}',
      errors: [{ line: 4 }],
    },
    {
      code:
        'void f(const char *x) {\n  char cmd[64];\n  snprintf(cmd, 64, "kill %d", 1);\n  strcat(cmd, x);\n' +
        '  system(cmd);\n}',
      errors: [{ line: 5 }],
    },
  ],
});
