import { testRule } from '../rule-tester.case.js';
import { rule } from './unreachable-code.js';

testRule(rule, {
  valid: [
    'int f(int x) { if (x) throw std::runtime_error("x"); return 0; }',
    'void f() { try { g(); } catch (...) { throw; } h(); }',
    'auto f() { auto l = [] { return 1; }; return l(); }',
    'struct It { It& operator=(char) { throw std::runtime_error("aborted"); return *this; } };',
  ],
  invalid: [
    {
      code: 'void f(const std::string& name) {\n  throw std::invalid_argument(name);\n  log("rejected");\n}',
      errors: [{ line: 3, message: 'Unreachable code after `throw`.' }],
    },
    {
      code: 'int f() {\n  return 1;\n  std::cout << "done";\n}',
      errors: [{ line: 3, message: 'Unreachable code after `return`.' }],
    },
  ],
});
