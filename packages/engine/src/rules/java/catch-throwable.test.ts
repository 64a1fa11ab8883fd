import { testRule } from '../rule-tester.case.js';
import { rule } from './catch-throwable.js';

testRule(rule, {
  valid: [
    'class A { void f() { try { g(); } catch (Exception e) { log(e); } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { cleanUp(); throw t; } } }',
    'class A { void f() { try { g(); } catch (Error e) { throw new IllegalStateException(e); } } }',
    'class A { void f() { try { g(); } catch (IOError e) { log(e); } } }',
    'class A { void f() { try { g(); } catch (ThrowableWrapper e) { log(e); } } }',
  ],
  invalid: [
    { code: 'class A {\n  void f() {\n    try { g(); }\n    catch (Throwable t) { log(t); }\n  }\n}', errors: [{ line: 4, message: 'Catching `Throwable` also catches errors the program cannot recover from.' }] },
    { code: 'class A {\n  void f() {\n    try { g(); } catch (IOException | Error e) { log(e); }\n  }\n}', errors: [{ line: 3, message: /`Error`/ }] },
    { code: 'class A {\n  void f() {\n    try { g(); }\n    catch (java.lang.Throwable t) { }\n  }\n}', errors: [{ line: 4 }] },
  ],
});
