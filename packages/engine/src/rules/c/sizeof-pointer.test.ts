import { testRule } from '../rule-tester.case.js';
import { rule } from './sizeof-pointer.js';

testRule(rule, {
  valid: [
    'void f(void) { char buf[64]; memset(buf, 0, sizeof(buf)); }',
    'void f(struct config *cfg) { memset(cfg, 0, sizeof(*cfg)); }',
    'void f(char *p, char *q) { memcpy(p, q, sizeof(struct s)); }',
    'void f(void) { struct s value; memset(&value, 0, sizeof value); }',
    'void f(void) { memset(global, 0, sizeof(global)); }',
    'void f(char **out) { char *p; memcpy(out, &p, sizeof(p)); }',
    'void f(void) { struct node *slots[16]; memset(slots, 0, sizeof(slots)); }',
    `void f(const unsigned char *buffer) {
#ifdef HANDSOFF
  unsigned char block[64];
#else
  unsigned char *block = (unsigned char *)buffer;
#endif
  memset(block, 0, sizeof(block));
}`,
  ],
  invalid: [
    {
      code: 'void reset(struct config *cfg) {\n  memset(cfg, 0, sizeof(cfg));\n}',
      errors: [{ line: 2, message: '`sizeof(cfg)` is the size of a pointer, not of the buffer `memset` works on.' }],
    },
    { code: 'void f(char buf[64]) {\n  memset(buf, 0, sizeof buf);\n}', errors: [{ line: 2 }] },
    {
      code: 'void f(void) {\n  char (*rows)[80] = malloc(10 * sizeof *rows);\n  memset(rows, 0, sizeof(rows));\n}',
      errors: [{ line: 3 }],
    },
    {
      code: 'void f(const char *src) {\n  char *dst = malloc(64);\n  strncpy(dst, src, sizeof(dst));\n}',
      errors: [{ line: 3 }],
    },
    {
      code: 'char *f(FILE *in) {\n  char *line = malloc(80);\n  fgets(line, sizeof(line), in);\n  return line;\n}',
      errors: [{ line: 3 }],
    },
  ],
});
