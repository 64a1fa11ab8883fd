import { testRule } from '../rule-tester.case.js';
import { rule } from './catch-throwable.js';

testRule(rule, {
  valid: [
    'class A { void f() { try { g(); } catch (Exception e) { } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { cleanUp(); throw t; } } }',
    'class A { void f() { try { g(); } catch (Error e) { throw new IllegalStateException(e); } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { error.set(t); } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { log.error("g failed", t); } } }',
    'class A { void f() { try { g(); } catch (IOError e) { } } }',
    'class A { void f() { try { g(); } catch (Throwable t) { cleanUp(); throw new RuntimeException("g failed"); } } }',
  ],
  invalid: [
    { code: 'class A {\n  Object f() {\n    try { return g(); }\n    catch (Throwable t) { return null; }\n  }\n}', errors: [{ line: 4, message: '`Throwable` is caught and discarded, hiding errors the program cannot recover from.' }] },
    { code: 'class A {\n  void f() {\n    try { g(); } catch (IOException | Error e) { retry(); }\n  }\n}', errors: [{ line: 3, message: /^`Error`/ }] },
    { code: 'class A {\n  void f() {\n    try { g(); }\n    catch (java.lang.Throwable ignored) { }\n  }\n}', errors: [{ line: 4 }] },
  ],
});
