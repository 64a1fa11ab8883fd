import { testRule } from '../rule-tester.case.js';
import { rule } from './rescue-exception.js';

testRule(rule, {
  valid: [
    'begin\n  a\nrescue StandardError => e\n  log(e)\nend',
    'begin\n  a\nrescue Exception => e\n  log(e)\n  raise\nend',
    'begin\n  a\nrescue Exception => e\n  raise WrappedError, e.message\nend',
    'rescue_from Exception, with: :handle',
    'begin\n  a\nrescue MyApp::Exception\n  b\nend',
  ],
  invalid: [
    { code: 'begin\n  a\nrescue Exception => e\n  log(e)\nend', errors: [{ line: 3, message: '`rescue Exception` also catches interrupts, `exit` and signals.' }] },
    { code: 'def f\n  g\nrescue IOError, ::Exception\n  nil\nend', errors: [{ line: 3 }] },
    { code: 'begin\n  a\nrescue Exception\nend', errors: [{ line: 3 }] },
  ],
});
