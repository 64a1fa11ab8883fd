import { testRule } from '../rule-tester.case.js';
import { rule } from './scanf-unbounded-string.js';

testRule(rule, {
  valid: [
    'void f(void) { char n[32]; scanf("%31s", n); }',
    'void f(void) { int x; scanf("%d", &x); }',
    'void f(void) { char *s; scanf("%ms", &s); }',
    'void f(void) { scanf("%*s"); }',
    'void f(const char *in) { char n[8]; sscanf(in, "%7[^,]", n); }',
    'void f(void) { scanf("100%%s"); }',
    'void f(const char *line) { char request[16]; sscanf(line, "%" REQUEST_SIZE_TXT "s ", request); }',
  ],
  invalid: [
    {
      code: 'void f(void) {\n  char name[32];\n  scanf("%s", name);\n}',
      errors: [{ line: 3, message: '`scanf` reads a string with no field width, so input can overflow the buffer.' }],
    },
    { code: 'void f(FILE *in) {\n  fscanf(in, "%d %s", &n, word);\n}', errors: [{ line: 2, message: /^`fscanf`/ }] },
    { code: 'void f(const char *line) {\n  sscanf(line, "%[^=]=%63s", key, value);\n}', errors: [{ line: 2 }] },
    { code: 'void f(const char *line) {\n  sscanf(line, "%s " "%d", word, &n);\n}', errors: [{ line: 2 }] },
  ],
});
