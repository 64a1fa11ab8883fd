import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-catch-block.js';

testRule(rule, {
  valid: [
    'void f() { try { g(); } catch (const std::exception& e) { log(e.what()); } }',
    'void f() { try { g(); } catch (const std::bad_cast&) { /* optional: fall back to the default */ } }',
    'void f() { try { g(); } catch (...) { throw; } }',
  ],
  invalid: [
    {
      code: 'void f() {\n  try { save(); }\n  catch (const std::exception&) { }\n}',
      errors: [{ line: 3, message: 'Empty catch block swallows the exception.' }],
    },
    { code: 'void f() {\n  try {\n    save();\n  } catch (...) {\n  }\n}', errors: [{ line: 4 }] },
  ],
});
