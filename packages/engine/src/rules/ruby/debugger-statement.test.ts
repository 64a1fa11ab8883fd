import { testRule } from '../rule-tester.case.js';
import { rule } from './debugger-statement.js';

testRule(rule, {
  valid: [
    'logger.debug("x")',
    'foo.byebug',
    'def debugger\n  @debugger\nend',
    // A REPL started on purpose on a binding the code holds in a local variable or was given.
    'def mock_pry(*args)\n  binding = args.first.is_a?(Binding) ? args.shift : binding()\n  ' +
      'redirect_io(input) do\n    binding.pry(options)\n  end\nend',
    'def start(binding, options)\n  binding.pry(options)\nend',
    'sessions.each { |binding| binding.irb }',
    'debugger = Debugger.new\ndebugger.start',
    'obj.pry',
    '# binding.pry',
  ],
  invalid: [
    // `binding` assigned in another method is still Kernel#binding here.
    {
      code: 'def setup\n  binding = 1\nend\n\ndef total\n  binding.pry\nend',
      errors: [{ line: 6 }],
    },
    {
      code: 'def total\n  binding.pry\n  sum\nend',
      errors: [{ line: 2, message: 'Debugger breakpoint left in the code.' }],
    },
    { code: 'x = 1\nbyebug\ny = 2', errors: [{ line: 2 }] },
    {
      code: 'if ENV["DEBUG"]\n  debugger\nend\nbinding.irb\nbinding.break',
      errors: [{ line: 2 }, { line: 4 }, { line: 5 }],
    },
    { code: 'remote_byebug(port: 8989)', errors: [{ line: 1 }] },
  ],
});
