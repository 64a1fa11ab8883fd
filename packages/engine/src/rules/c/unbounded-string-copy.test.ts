import { testRule } from '../rule-tester.case.js';
import { rule } from './unbounded-string-copy.js';

testRule(rule, {
  valid: [
    'void f(void) { char b[8]; strcpy(b, "abc"); }',
    'void f(int n) { char b[16]; sprintf(b, "%d", n); }',
    'void f(const char *s) { char b[16]; sprintf(b, "%.10s", s); }',
    'void f(const char *s) { char b[16]; snprintf(b, sizeof b, "%s", s); }',
    'void f(const char *s) { char b[16]; strncpy(b, s, sizeof b - 1); }',
    'void f(void) { char b[16]; sprintf(b, "100%%s"); }',
    'void f(const char *s) { char *copy = malloc(strlen(s) + 1); strcpy(copy, s); }',
    'void f(const char *form, double n) { char buff[512]; sprintf(buff, form, n); }',
    'void f(char *out, const char *s) { strcpy(out, s); }',
    'void f(struct rec *r, const char *s) { strcpy(r->name, s); }',
    // An array sized at run time from the strings copied into it (zookeeper's zoo_lock.c).
    `void f(struct mutex *m) {
  int len = strlen(m->path) + strlen(m->id) + 2;
  char buf[len];
  sprintf(buf, "%s/%s", m->path, m->id);
}`,
    'void f(const char *dir, const char *name) {\n  char buf[strlen(dir) + strlen(name) + 2];\n' +
      '  sprintf(buf, "%s/%d/%s", dir, 7, name);\n}',
    'void f(const char *s) { char copy[strlen(s) + 1]; strcpy(copy, s); }',
  ],
  invalid: [
    // A run-time size that leaves out one of the strings copied bounds nothing.
    {
      code:
        'void f(const char *dir, const char *name) {\n  char buf[strlen(dir) + 2];\n' +
        '  sprintf(buf, "%s/%s", dir, name);\n}',
      errors: [{ line: 3 }],
    },
    {
      code: 'void f(const char *s, int n) {\n  char copy[n];\n  strcpy(copy, s);\n}',
      errors: [{ line: 3, message: '`strcpy` copies a string of unknown length, so it can overflow the destination.' }],
    },
    // The `%s` argument sized for is not the one printed.
    {
      code:
        'void f(const char *a, const char *b) {\n  char buf[strlen(a) + 1];\n' +
        '  sprintf(buf, "%d %s", strlen(a), b);\n}',
      errors: [{ line: 3 }],
    },
    {
      code: 'void f(const char *dir) {\n  char path[64];\n  strcpy(path, dir);\n}',
      errors: [{ line: 3, message: '`strcpy` copies a string of unknown length, so it can overflow the destination.' }],
    },
    {
      code: 'static char path[256];\nvoid f(const char *name) {\n  strcat(path, name);\n}',
      errors: [{ line: 3, message: /^`strcat`/ }],
    },
    {
      code: 'void f(const char *s) {\n  char b[16];\n  sprintf(b, "name=%s", s);\n}',
      errors: [{ line: 3, message: '`sprintf` formats `%s` with no precision, so it can overflow the destination.' }],
    },
    {
      code: 'void f(const char *fmt, va_list ap) {\n  char b[16];\n  vsprintf(b, fmt, ap);\n}',
      errors: [
        {
          line: 3,
          message: '`vsprintf` writes a formatted string of unknown length, so it can overflow the destination.',
        },
      ],
    },
  ],
});
