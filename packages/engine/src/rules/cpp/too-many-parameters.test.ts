import { testRule } from '../rule-tester.case.js';
import { rule } from './too-many-parameters.js';

testRule(rule, {
  valid: [
    'void f(int a, int b, int c, int d, int e, int f, int g) {}',
    'struct B : A { void f(int a, int b, int c, int d, int e, int f, int g, int h) override {} };',
    'struct B : A { void f(int a, int b, int c, int d, int e, int f, int g, int h) final {} };',
    'void f(const Options& options) {}',
    // Eight parameters are within the default of 8 (revive argument-limit).
    'void f(int a, int b, int c, int d, int e, int f, int g, int h) {}',
  ],
  invalid: [
    {
      code: 'void f(int a, int b, int c, int d, int e, int f, int g, int h, int i) {}',
      errors: [{ line: 1, message: '`f` has 9 parameters (more than 8).' }],
    },
    {
      code: `Connection connect(const std::string& host, int port, const std::string& user,
  const std::string& password, int timeout, int retries, bool tls, const std::string& proxy) {
  return {};
}`,
      options: { maxParameters: 7 },
      errors: [{ line: 1, message: '`connect` has 8 parameters (more than 7).' }],
    },
    {
      code: 'class C {\n  void run(int a, int b, int c, int d) {}\n};',
      options: { maxParameters: 3 },
      errors: [{ line: 2, message: '`run` has 4 parameters (more than 3).' }],
    },
    {
      code: 'int Parser::parse(int a, int b, int c, int d) {\n  return 0;\n}',
      options: { maxParameters: 3 },
      errors: [{ line: 1, message: '`Parser::parse` has 4 parameters (more than 3).' }],
    },
  ],
});
