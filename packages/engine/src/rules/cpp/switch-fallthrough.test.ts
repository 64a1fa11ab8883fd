import { testRule } from '../rule-tester.case.js';
import { rule } from './switch-fallthrough.js';

testRule(rule, {
  valid: [
    `void f(Mode m) {
  switch (m) {
  case Mode::Read:
    openRead();
    [[fallthrough]];
  case Mode::Write:
    openWrite();
  }
}`,
    'void f(int m) {\n  switch (m) {\n  case 1:\n    throw std::logic_error("no");\n  case 2:\n    g();\n  }\n}',
    'int f(int m) {\n  switch (m) {\n  case 1: return 1;\n  case 2: return 2;\n  }\n  return 0;\n}',
    `void f(int n) {
  switch (n) {
  default:
    ABSL_LOG(FATAL) << "bad operator: " << n;
  case 0:
    push();
    break;
  }
}`,
    // An empty `default: ;` ending the switch is a break (tcpdump's print-rx.c, compiled as C++ too).
    'void f(int op) {\n  switch (op) {\n  case 1:\n    print("addr");\n  default:\n    ;\n  }\n}',
  ],
  invalid: [
    {
      code: 'void f(int m) {\n  switch (m) {\n  case 1:\n    g();\n  default:\n    ;\n  case 2:\n    h();\n  }\n}',
      errors: [{ line: 5 }],
    },
    {
      code: `void f(Mode m) {
  switch (m) {
  case Mode::Read:
    openRead();
  case Mode::Write:
    openWrite();
    break;
  }
}`,
      errors: [{ line: 5, message: '`case Mode::Read` falls through into `case Mode::Write`.' }],
    },
    {
      code: `void f(int m) {
  switch (m) {
  case 1: {
    auto v = g();
    use(v);
  }
  default:
    h();
  }
}`,
      errors: [{ line: 7 }],
    },
  ],
});
