import { testRule } from '../rule-tester.case.js';
import { rule } from './unreachable-code.js';

testRule(rule, {
  valid: [
    'def f\n  return 1 if x\n  2\nend',
    'def f\n  a\n  return b\nend',
    'def f\n  raise ArgumentError, <<~MSG\n    bad\n  MSG\nend',
    'def f\n  return 1\nrescue IOError\n  2\nensure\n  close\nend',
    'def f\n  x = foo.raise\n  y\nend',
    'items.each do |i|\n  next if i.nil?\n  use(i)\nend',
    'if a\n  return 1\nelse\n  b\nend\nc',
    'def f\n  exit\n  # done\nend',
    'logger.fail("x")\nnext_step',
    // sinatra's filter tests: the route must never run, and its string only gives the block a value.
    `it 'allows redirects' do
  mock_app do
    get('/foo') do
      fail 'before block should have halted processing'
      'ORLY?!'
    end
  end
end`,
  ],
  invalid: [
    {
      code: 'def f\n  return false\n  write!\nend',
      errors: [{ line: 3, message: 'Unreachable code: the statement before it always leaves this body.' }],
    },
    { code: 'def f\n  raise "nope"\n  cleanup\n  more\nend', errors: [{ line: 3 }] },
    { code: 'loop do\n  break\n  x += 1\nend', errors: [{ line: 3 }] },
    {
      code: 'if bad\n  abort("bad")\n  puts "never"\nelse\n  exit 1\n  puts "never"\nend',
      errors: [{ line: 3 }, { line: 6 }],
    },
    { code: 'items.each { |i| next; use(i) }', errors: [{ line: 1 }] },
    // Outside a test block, or code rather than a literal after the `fail`: still unreachable.
    { code: "get('/foo') do\n  fail 'halted'\n  'ORLY?!'\nend", errors: [{ line: 3 }] },
    { code: "it 'saves' do\n  raise 'boom'\n  record.save!\nend", errors: [{ line: 3 }] },
  ],
});
