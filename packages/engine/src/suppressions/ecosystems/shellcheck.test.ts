import { describe } from 'vitest';
import { testSuppressions } from '../suppression-tester.case.js';

describe('Shell suppressions: # shellcheck disable=', () => {
  testSuppressions('shell', [
    {
      name: 'a directive before a command covers that command only',
      code: `#!/bin/sh
echo start
# shellcheck disable=SC2006
a=\`date\`
b=\`date\`
`,
      suppressed: ['shell/backticks:4'],
      kept: ['shell/backticks:5'],
    },
    {
      name: 'a directive before a compound command covers all of it; other codes leave it',
      code: `#!/bin/sh
echo start
# shellcheck disable=SC2046,SC2006
if true; then
  a=\`date\`
fi
# shellcheck disable=SC2086
c=\`date\`
`,
      suppressed: ['shell/backticks:5'],
      kept: ['shell/backticks:8'],
    },
    {
      name: 'a directive before the first command covers the file; ranges and all are read',
      code: `#!/bin/sh
# shellcheck disable=SC2000-SC2010
a=\`date\`
b=\`date\`
`,
      suppressed: ['shell/backticks:3', 'shell/backticks:4'],
      kept: [],
    },
  ]);
});
