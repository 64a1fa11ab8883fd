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
    // A macro of the file that expands to a literal format and its arguments (ninja's status_printer.cc).
    `#define FORMAT_TIME_HMMSS(t)                                                \\
  "%" PRId64 ":%02" PRId64 ":%02" PRId64 "", (t) / 3600, ((t) % 3600) / 60, \\
      (t) % 60
#define FORMAT_TIME_MMSS(t) "%02" PRId64 ":%02" PRId64 "", (t) / 60, (t) % 60
void f(char *buf, double sec, int hours) {
  if (hours)
    snprintf(buf, 16, FORMAT_TIME_HMMSS((int64_t)sec));
  else
    snprintf(buf, 16, FORMAT_TIME_MMSS((int64_t)sec));
}`,
    // An object-like macro in lower case, one naming another, and one defined in each `#ifdef` branch.
    '#define usage_text "usage: tool [-v] file\\n" /* shown on -h */\nvoid f(void) { printf(usage_text); }',
    '#define banner_fmt L"plumb " VERSION\n#define banner (banner_fmt)\nvoid f(void) { wprintf(banner); }',
    '#ifdef _WIN32\n#define eol "\\r\\n"\n#else\n#define eol "\\n"\n#endif\nvoid f(void) { printf(eol); }',
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
    // Macros whose format is their argument, a variable, or not a literal in every branch; a macro defined elsewhere.
    {
      code:
        '#define TEXT(m) m\n#define PREFIXED(m) "tool: " m\n#define msg message_buffer\n' +
        'void f(const char *s) {\n  printf(TEXT(s));\n  printf(PREFIXED(s));\n  printf(msg);\n}',
      errors: [{ line: 5 }, { line: 6 }, { line: 7 }],
    },
    {
      code:
        '#ifdef DEBUG\n#define fmt "%s"\n#else\n#define fmt current_format\n#endif\n' +
        'void f(void) {\n  printf(fmt);\n  printf(FORMAT_OF(entry));\n}',
      errors: [{ line: 7 }, { line: 8 }],
    },
  ],
});
