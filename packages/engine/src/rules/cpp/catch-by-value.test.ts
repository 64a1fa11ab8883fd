import { testRule } from '../rule-tester.case.js';
import { rule } from './catch-by-value.js';

testRule(rule, {
  valid: [
    'void f() { try { g(); } catch (const std::exception& e) { log(e.what()); } }',
    'void f() { try { g(); } catch (int code) { log(code); } }',
    'void f() { try { g(); } catch (...) { throw; } }',
    'void f() { try { g(); } catch (Error&& e) { log(e); } }',
    'void f() { try { g(); } catch (const Error* e) { log(e); } }',
  ],
  invalid: [
    {
      code: 'void f() {\n  try { g(); }\n  catch (std::exception e) { log(e.what()); }\n}',
      errors: [{ line: 3, message: 'Exception `std::exception` is caught by value, which copies and slices it.' }],
    },
    {
      code: 'void f() {\n  try { g(); } catch (ParseError) { retry(); }\n}',
      errors: [{ line: 2, message: /`ParseError`/ }],
    },
  ],
});
