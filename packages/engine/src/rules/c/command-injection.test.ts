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
    // Nothing in the function says where the text comes from: a hotspot (c/shell-command-hotspot), not a finding.
    'void f(const char *c) {\n  FILE *p = popen(c, "r");\n}',
    'void page(void) {\n  FILE *out = popen(opts.pager, "w");\n}',
    `void f(const char *upload) {
  char cmd[256];
  snprintf(cmd, sizeof cmd, "convert %s out.png", upload);
  system(cmd);
}`,
  ],
  invalid: [
    {
      code: `int main(int argc, char **argv) {
  char cmd[256];
  snprintf(cmd, sizeof cmd, "convert %s out.png", argv[1]);
  system(cmd);
}`,
      errors: [{ line: 4, message: '`system` runs a command built from outside input through the shell.' }],
    },
    { code: 'void f(void) {\n  popen(getenv("VIEWER"), "r");\n}', errors: [{ line: 2, message: /^`popen`/ }] },
    // Through a variable filled from the environment, then a buffer built from it.
    {
      code:
        'void f(void) {\n  const char *dir = getenv("HOME");\n  char cmd[64];\n' +
        '  sprintf(cmd, "ls %s", dir);\n  system(cmd);\n}',
      errors: [{ line: 5 }],
    },
    {
      code: 'void f(void) {\n  char line[64];\n  fgets(line, sizeof line, stdin);\n  system(line);\n}',
      errors: [{ line: 4 }],
    },
  ],
});
