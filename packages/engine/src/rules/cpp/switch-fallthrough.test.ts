import { testRule } from '../rule-tester.case.js';
import { rule } from './switch-fallthrough.js';

testRule(rule, {
  valid: [
    'void f(Mode m) {\n  switch (m) {\n  case Mode::Read:\n    openRead();\n    [[fallthrough]];\n  case Mode::Write:\n    openWrite();\n  }\n}',
    'void f(int m) {\n  switch (m) {\n  case 1:\n    throw std::logic_error("no");\n  case 2:\n    g();\n  }\n}',
    'int f(int m) {\n  switch (m) {\n  case 1: return 1;\n  case 2: return 2;\n  }\n  return 0;\n}',
    'void f(int n) {\n  switch (n) {\n  default:\n    ABSL_LOG(FATAL) << "bad operator: " << n;\n  case 0:\n    push();\n    break;\n  }\n}',
  ],
  invalid: [
    {
      code: 'void f(Mode m) {\n  switch (m) {\n  case Mode::Read:\n    openRead();\n  case Mode::Write:\n    openWrite();\n    break;\n  }\n}',
      errors: [{ line: 5, message: '`case Mode::Read` falls through into `case Mode::Write`.' }],
    },
    {
      code: 'void f(int m) {\n  switch (m) {\n  case 1: {\n    auto v = g();\n    use(v);\n  }\n  default:\n    h();\n  }\n}',
      errors: [{ line: 7 }],
    },
  ],
});
