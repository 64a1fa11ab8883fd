import { testRule } from '../rule-tester.case.js';
import { rule } from './format-string-not-literal.js';

testRule(rule, {
  valid: [
    'void f(const std::string& m) { std::printf("%s", m.c_str()); }',
    'void f(const char* fmt, int n) { printf(fmt, n); }',
    'void f() { std::fprintf(stderr, "done\\n"); }',
    '#define FORMAT_MMSS(t) "%02" PRId64 ":%02" PRId64 "", (t) / 60, (t) % 60\n' +
      'void f(char* buf, int64_t t) { std::snprintf(buf, 8, FORMAT_MMSS(t)); }',
  ],
  invalid: [
    {
      code: 'void f(const std::string& message) {\n  std::printf(message.c_str());\n}',
      errors: [{ line: 2, message: '`printf` uses `message.c_str()` as its format string.' }],
    },
    { code: 'void f(const char* m) {\n  fprintf(stderr, m);\n}', errors: [{ line: 2 }] },
    {
      code: '#define FORMAT_OF(e) (e).format\nvoid f(Entry e) {\n  std::printf(FORMAT_OF(e));\n}',
      errors: [{ line: 3 }],
    },
  ],
});
