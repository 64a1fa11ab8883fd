import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-catch-block.js';

testRule(rule, {
  valid: [
    'void f() { try { g(); } catch (const std::exception& e) { log(e.what()); } }',
    // Best-effort clean-up in a destructor, which must not throw (cpp-httplib's webdriver Session).
    'struct Session {\n  ~Session() {\n    try {\n      cli_.Delete("/session/" + id_);\n    } catch (...) {}\n  }\n};',
    'Session::~Session() { try { close(); } catch (...) {} }',
    'void f() { try { g(); } catch (const std::bad_cast&) { /* optional: fall back to the default */ } }',
    'void f() { try { g(); } catch (...) { throw; } }',
    // Parse or default: the value keeps its default (btop).
    'void f() {\n  uint64_t v{};\n  try { v = std::stoull(text); }\n  catch (const std::invalid_argument&) {}\n' +
      '  catch (const std::out_of_range&) {}\n  use(v);\n}',
    'void f() { try { g(); } catch (const std::exception& ignored) {} }',
    // The code after a try that always returns is its handler.
    'double f(const std::string& s) {\n  try {\n    return std::stod(s);\n  } catch (...) {}\n  return 0.0;\n}',
  ],
  invalid: [
    {
      code: 'void f() {\n  try { save(); }\n  catch (const std::exception&) { }\n}',
      errors: [{ line: 3, message: 'Empty catch block swallows the exception.' }],
    },
    { code: 'void f() {\n  try {\n    save();\n  } catch (...) {\n  }\n}', errors: [{ line: 4 }] },
    // A try that returns, with nothing after it: the exception is lost.
    {
      code: 'int f() {\n  try {\n    return load();\n  } catch (const std::exception& e) {}\n}',
      errors: [{ line: 4 }],
    },
  ],
});
