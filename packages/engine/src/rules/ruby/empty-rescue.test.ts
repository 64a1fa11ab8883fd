import { testRule } from '../rule-tester.case.js';
import { rule } from './empty-rescue.js';

testRule(rule, {
  valid: [
    'begin\n  a\nrescue => e\n  log(e)\nend',
    'begin\n  a\nrescue IOError\n  # the file is optional\nend',
    'begin\n  a\nrescue IOError\n  nil\nend',
    // The begin always raises: the code after it is the handler of the rescued error.
    'def check(res)\n  begin\n    raise ServerError, JSON.parse(res)["errors"]\n  rescue JSON::ParserError; end\n' +
      '  raise Unexpected, res\nend',
    // Closing quietly: the only statement closes a stream.
    'def read\n  f.read\nensure\n  begin\n    f.close if f\n  rescue IOError\n  end\nend',
    'x = a rescue nil',
    'begin\n  require "rackup"\nrescue LoadError\nend',
    'def f\n  a\nrescue StandardError\n  retry\nend',
    // sinatra: a method that returns nil for one named error, and errors that end a loop or find the work done.
    'def referrer(env)\n  URI.parse(ref).host\nrescue URI::InvalidURIError\nend',
    `def kill
  Process.kill("KILL", pid)
rescue NotImplementedError
  system "kill -9 #{pid}"
rescue Errno::ESRCH
end`,
    'Thread.new do\n  begin\n    loop { print io.readpartial(8192) }\n  rescue EOFError\n  end\nend',
    'begin\n  loop { step }\nrescue Interrupt\nend',
    'begin\n  serve\n  # normal\nrescue SystemExit\nrescue => e\n  warn e.message\nend',
  ],
  invalid: [
    // A begin that can complete, or one that raises with nothing after it, swallows the error.
    { code: 'def f\n  begin\n    raise E if bad\n  rescue E; end\n  go\nend', errors: [{ line: 4 }] },
    { code: 'def f\n  begin\n    raise E\n  rescue E; end\nend', errors: [{ line: 4 }] },
    // A begin that writes before it closes swallows the write's failure too.
    { code: 'begin\n  f.write(x)\n  f.close\nrescue IOError\nend', errors: [{ line: 4 }] },
    // A comment above the code, not above the rescue, says nothing about it.
    { code: 'begin\n  # serve forever\n  serve\nrescue SystemExit\nend', errors: [{ line: 4 }] },
    { code: 'begin\n  require "x"\nrescue LoadError, NameError\nend', errors: [{ line: 3 }] },
    { code: 'begin\n  a\nrescue\nend', errors: [{ line: 3, message: 'Empty `rescue` swallows the exception.' }] },
    { code: 'def f\n  a\nrescue IOError => e\nensure\n  close\nend', errors: [{ line: 3 }] },
    { code: 'begin\n  a\nrescue IOError\nrescue StandardError\n  log\nend', errors: [{ line: 3 }] },
    { code: 'items.each do |i|\n  i.save!\nrescue ActiveRecord::RecordInvalid\nend', errors: [{ line: 3 }] },
    {
      code: `def f
  a
rescue StandardError
end
def g
  b
rescue IOError => e
end
def h
  c
rescue IOError
ensure
  d
end`,
      errors: [{ line: 3 }, { line: 7 }, { line: 11 }],
    },
    { code: 'begin\n  a\nrescue EOFError, IOError\nend', errors: [{ line: 3 }] },
  ],
});
