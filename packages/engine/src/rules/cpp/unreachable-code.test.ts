import { testRule } from '../rule-tester.case.js';
import { rule } from './unreachable-code.js';

testRule(rule, {
  valid: [
    'int f(int x) { if (x) throw std::runtime_error("x"); return 0; }',
    'void f() { try { g(); } catch (...) { throw; } h(); }',
    'auto f() { auto l = [] { return 1; }; return l(); }',
    'struct It { It& operator=(char) { throw std::runtime_error("aborted"); return *this; } };',
    // The co_return makes a throwing handler a coroutine (drogon's tests).
    'Task<int> fail() {\n    throw std::runtime_error("expected");\n    co_return 1;\n}',
    // A macro in a switch may expand to a case label (ccache's compiler_type_to_string).
    'const char* f(T t) {\n#define CASE(type) case T::type: return #type\n  switch (t) {\n  case T::cl:\n' +
      '    return "cl";\n    CASE(clang);\n    CASE(gcc);\n  }\n#undef CASE\n  return "";\n}',
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
    // Outside a switch, or a lower-case call, is code.
    { code: 'int f() {\n  return 1;\n  LOG(INFO);\n}', errors: [{ line: 3 }] },
    {
      code: 'int f(int x) {\n  switch (x) {\n  case 1:\n    return 1;\n    log(x);\n  }\n  return 0;\n}',
      errors: [{ line: 5 }],
    },
  ],
});
