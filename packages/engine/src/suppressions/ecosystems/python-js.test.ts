import { describe } from 'vitest';
import { testSuppressions } from '../suppression-tester.case.js';

const SECRET = 'q7Rv9XkL2mPz8WtY4bNcJ3hD';

describe('Python suppressions of secret findings: # noqa, # ruff: noqa, # nosec', () => {
  testSuppressions('python', [
    {
      name: 'a bare noqa and noqa: S105 drop the secret on their line; another code does not',
      code: `password = "${SECRET}a"  # noqa
password = "${SECRET}b"  # noqa: S105
password = "${SECRET}c"  # noqa: E501
`,
      filename: 'app/settings.py',
      suppressed: ['secrets/generic-secret:1', 'secrets/generic-secret:2'],
      kept: ['secrets/generic-secret:3'],
    },
    {
      name: '# nosec B105 is Bandit’s; # ruff: noqa: S105 covers the file',
      code: `# ruff: noqa: S105
password = "${SECRET}a"
token = "${SECRET}b"  # nosec B105
`,
      filename: 'app/settings.py',
      suppressed: ['secrets/generic-secret:2', 'secrets/generic-secret:3'],
      kept: [],
    },
  ]);
});

describe('JavaScript and TypeScript suppressions of secret findings: eslint-disable', () => {
  testSuppressions('typescript', [
    {
      name: 'eslint-disable-next-line and eslint-disable-line, bare or naming no-secrets',
      code: `// eslint-disable-next-line no-secrets/no-secrets -- checked by hand
const password = "${SECRET}a";
const token = "${SECRET}b"; // eslint-disable-line
// eslint-disable-next-line no-console
const secret = "${SECRET}c";
`,
      filename: 'src/config.ts',
      suppressed: ['secrets/generic-secret:2', 'secrets/generic-secret:3'],
      kept: ['secrets/generic-secret:5'],
    },
    {
      name: 'a block eslint-disable … eslint-enable range',
      code: `/* eslint-disable */
const password = "${SECRET}a";
/* eslint-enable */
const token = "${SECRET}b";
`,
      filename: 'src/config.ts',
      suppressed: ['secrets/generic-secret:2'],
      kept: ['secrets/generic-secret:4'],
    },
  ]);
});
