import { testRule } from '../rule-tester.case.js';
import { rule } from './rescue-exception.js';

testRule(rule, {
  valid: [
    'begin\n  a\nrescue StandardError => e\n  log(e)\nend',
    'begin\n  a\nrescue Exception => e\n  log(e)\n  raise\nend',
    'begin\n  a\nrescue Exception => e\n  raise WrappedError, e.message\nend',
    'rescue_from Exception, with: :handle',
    'begin\n  a\nrescue MyApp::Exception\n  b\nend',
    // A framework's request boundary (sinatra's dispatch!) hands every exception to its error handler.
    'def dispatch!\n  route!\nrescue ::Exception => e\n  invoke { handle_exception!(e) }\nend',
    // Rack middleware that renders the error page (sinatra's ShowExceptions).
    'def call(env)\n  @app.call(env)\nrescue Exception => e\n  body = pretty(env, e)\n  [500, {}, [body]]\nend',
    // A worker thread keeps the exception for the thread that joins it.
    'Thread.new do\n  work\nrescue Exception => e\n  @error = e\nend',
    'begin\n  work\nrescue Exception => e\n  results << e\nend',
  ],
  invalid: [
    {
      code: 'begin\n  a\nrescue Exception => e\n  log(e)\nend',
      errors: [{ line: 3, message: '`rescue Exception` also catches interrupts, `exit` and signals.' }],
    },
    { code: 'def f\n  g\nrescue IOError, ::Exception\n  nil\nend', errors: [{ line: 3 }] },
    { code: 'begin\n  a\nrescue Exception\nend', errors: [{ line: 3 }] },
    // Only its message goes on, or it is only logged: the exception itself stops here.
    { code: 'begin\n  a\nrescue Exception => e\n  notify(e.message)\nend', errors: [{ line: 3 }] },
    {
      code: 'begin\n  a\nrescue Exception => e\n  logger.error(e)\n  $stderr.puts e\n  @log << e\nend',
      errors: [{ line: 3 }],
    },
    { code: 'def log\n  loop { @log << pipe.read_nonblock(1) }\nrescue Exception\n  @log\nend', errors: [{ line: 3 }] },
  ],
});
