import { testRule } from '../rule-tester.case.js';
import { rule } from './unbounded-string-copy.js';

testRule(rule, {
  valid: [
    // The longest output fits: a table of literals, a fixed array, a struct's fixed array field.
    'static const char* Names[] = { "Artichoke", "Chinese Broccoli" };\n' +
      'void f(int n) {\n  char label[64];\n  sprintf(label, "Object %05d: %s", n, Names[n % 2]);\n}',
    'void f(int i) {\n  const char* names[] = { "Arrow", "NotAllowed" };\n  char label[40];\n' +
      '  sprintf(label, "Mouse cursor %d: %s", i, names[i]);\n}',
    'void f() {\n  static char name[32] = "Label1";\n  char buf[64];\n  sprintf(buf, "Button: %s###Button", name);\n}',
    // The nearest declaration in sight counts: the `label[16]` of a sibling block is another variable.
    'void f(int n) {\n  {\n    char label[16];\n    use(label);\n  }\n  {\n    char label[64];\n' +
      '    sprintf(label, "Object %05d: %s", n, "Chinese Broccoli");\n  }\n}',
    'static const char* Names[] = { "Artichoke", "Chinese Broccoli" };\nvoid f(int id) {\n' +
      '  const char* category = Names[id % 2];\n  char label[64];\n' +
      '  sprintf(label, "Object %05d: %s", id, category);\n}',
    'struct Tab { const char* Name; };\nstruct Doc { char Name[32]; bool Open; };\n' +
      'void f(Doc* doc) {\n  char buf[256];\n  sprintf(buf, "Save %s", doc->Name);\n}',
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
    // A pointer assigned again after its literal initializer can point anywhere.
    {
      code: 'void f(const char* s) {\n  const char* c = "short";\n  c = s;\n  char b[64];\n  sprintf(b, "%s", c);\n}',
      errors: [{ line: 5 }],
    },
    // One byte too many for the destination, a table entry that is not a literal, a float of unknown width.
    {
      code: 'void f() {\n  char name[32];\n  char buf[36];\n  sprintf(buf, "Save %s", name);\n}',
      errors: [{ line: 4 }],
    },
    {
      code: 'const char* names[] = { "a", title() };\nvoid f(int i) {\n  char b[64];\n  sprintf(b, "%s", names[i]);\n}',
      errors: [{ line: 4 }],
    },
    {
      code: 'void f(double x) {\n  char name[8];\n  char b[64];\n  sprintf(b, "%s %f", name, x);\n}',
      errors: [{ line: 4 }],
    },
  ],
});
