import { testRule } from '../rule-tester.case.js';
import { rule } from './debugger-statement.js';

testRule(rule, {
  valid: [
    'logger.debug("x")',
    'foo.byebug',
    'def debugger\n  @debugger\nend',
    'debugger = Debugger.new\ndebugger.start',
    'obj.pry',
    '# binding.pry',
  ],
  invalid: [
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
