import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-catch-block.js';

testRule(rule, {
  valid: [
    'class A { void f() { try { g(); } catch (Exception e) { log(e); } } }',
    'class A { void f() { try { g(); } catch (InterruptedException ignored) { } } }',
    'class A { void f() { try { g(); } finally { } } }',
    `class A { void f() { try { g(); } catch (InaccessibleObjectException e) {
  // OK: we cannot reflect on java.time fields
} } }`,
  ],
  invalid: [
    {
      code: 'class A {\n  void f() {\n    try { g(); } catch (Exception e) { }\n  }\n}',
      errors: [{ line: 3, message: 'Empty catch block swallows the exception.' }],
    },
    {
      code: 'class A {\n  void f() {\n    try { g(); }\n    catch (IOException | RuntimeException e) {\n    }\n  }\n}',
      errors: [{ line: 4 }],
    },
  ],
});
