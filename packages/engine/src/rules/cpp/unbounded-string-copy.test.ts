import { testRule } from '../rule-tester.case.js';
import { rule } from './unbounded-string-copy.js';

testRule(rule, {
  valid: [
    'void f(const std::string& s) { std::string copy = s; }',
    'void f() { char b[8]; std::strcpy(b, "abc"); }',
    'void f(const char* s) { char b[16]; std::snprintf(b, sizeof b, "%s", s); }',
    'void f(Buffer& b, const char* s) { b.strcpy(s); }',
  ],
  invalid: [
    {
      code: 'void f(const char* dir) {\n  char path[64];\n  std::strcpy(path, dir);\n}',
      errors: [{ line: 3, message: '`strcpy` copies a string of unknown length, so it can overflow the destination.' }],
    },
    { code: 'void f(const char* s) {\n  char b[16];\n  sprintf(b, "%s!", s);\n}', errors: [{ line: 3 }] },
  ],
});
