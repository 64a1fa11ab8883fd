import { describe } from 'vitest';
import { testSuppressions } from '../suppression-tester.case.js';

describe('Ruby suppressions: # rubocop:disable / enable / todo', () => {
  testSuppressions('ruby', [
    {
      name: 'a disable … enable range covers the lines between, for the named cop only',
      code: `def f(x)
  # rubocop:disable Style/NilComparison
  a = x == nil
  binding.pry
  # rubocop:enable Style/NilComparison
  b = x == nil
end
`,
      suppressed: ['ruby/nil-comparison:3'],
      kept: ['ruby/debugger-statement:4', 'ruby/nil-comparison:6'],
    },
    {
      name: 'a trailing disable covers its own line; a department covers its cops',
      code: `def f(x)
  a = x == nil # rubocop:disable Style -- legacy API
  b = x == nil
end
`,
      suppressed: ['ruby/nil-comparison:2'],
      kept: ['ruby/nil-comparison:3'],
    },
    {
      name: 'rubocop:todo and an unclosed disable run to the end of the file; all covers every rule',
      code: `def f(x)
  a = x == nil
  # rubocop:todo Lint/Debugger
  binding.pry
end
# rubocop:disable all
def g(x)
  x == nil
end
`,
      suppressed: ['ruby/debugger-statement:4', 'ruby/nil-comparison:8'],
      kept: ['ruby/nil-comparison:2'],
    },
    {
      name: "a cop named without its department, as delayed_job's `# rubocop:disable RescueException` does",
      code: `def f(x)
  a = x == nil # rubocop:disable HandleExceptions, NilComparison
  b = x == nil # rubocop:disable Comparison
end
`,
      suppressed: ['ruby/nil-comparison:2'],
      kept: ['ruby/nil-comparison:3'],
    },
  ]);
});
