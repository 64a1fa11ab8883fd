import { testRule } from '../rule-tester.case.js';
import { rule } from './shell-command-hotspot.js';

testRule(rule, {
  valid: [
    'void f(void) { system("clear"); }',
    'void f(void) { system(CLEAR_COMMAND); }',
    `void f(void) {
  char cmd[128];
  snprintf(cmd, sizeof(cmd), "kill -%d %ld", 9, (long)getpid());
  system(cmd);
}`,
    // Outside input is c/command-injection's to report.
    'void f(void) {\n  popen(getenv("VIEWER"), "r");\n}',
  ],
  invalid: [
    {
      code: 'void page(void) {\n  FILE *out = popen(opts.pager, "w");\n}',
      errors: [
        {
          line: 2,
          message: '`popen` runs a command built at run time through the shell: review where it comes from.',
        },
      ],
    },
    {
      code:
        'void f(const char *x) {\n  char cmd[64];\n  snprintf(cmd, 64, "kill %d", 1);\n  strcat(cmd, x);\n' +
        '  system(cmd);\n}',
      errors: [{ line: 5 }],
    },
  ],
});
