import { testRule } from '../rule-tester.case.js';
import { rule } from './format-string-not-literal.js';

testRule(rule, {
  valid: [
    'void f(const char *m) { printf("%s", m); }',
    'void f(void) { printf("hello\\n"); }',
    'void f(const char *fmt, int n) { printf(fmt, n); }',
    'void f(void) { printf(USAGE); }',
    'void f(void) { printf(_("hello")); }',
    'void f(void) { fprintf(stderr, "a" "b"); }',
    'void f(const char *m) { puts(m); }',
    'void f(int b) { printf(b ? "true" : "false"); }',
    'template <typename... T> auto sprintf(string_view fmt, const T&... args) -> std::string;',
  ],
  invalid: [
    {
      code: 'void f(const char *message) {\n  printf(message);\n}',
      errors: [{ line: 2, message: '`printf` uses `message` as its format string.' }],
    },
    { code: 'void f(struct err *e) {\n  fprintf(stderr, e->text);\n}', errors: [{ line: 2, message: /`e->text`/ }] },
    {
      code: 'void f(char *buf, const char *s) {\n  snprintf(buf, 16, s);\n  syslog(LOG_ERR, s);\n}',
      errors: [{ line: 2 }, { line: 3 }],
    },
  ],
});
