import { Buffer } from 'node:buffer';
import { BASE64URL, fakeSecret, testSecrets } from '../secret-tester.case.js';

const part = (json: object) => Buffer.from(JSON.stringify(json)).toString('base64url');
const jwt =
  `${part({ alg: 'HS256', typ: 'JWT' })}.` +
  `${part({ sub: 'svc-deployer', iat: 1700000000 })}.${fakeSecret('', 43, BASE64URL)}`;
const unsigned = `${part({ alg: 'none' })}.${part({ sub: 'x', name: 'Ann' })}.${fakeSecret('', 20, BASE64URL)}`;

testSecrets('jwt', {
  valid: [
    { text: `const sample = '${jwt}';` },
    { text: `const token = '${unsigned}';` },
    { text: `const token = '${jwt}';`, filename: 'src/auth.test.ts' },
    { text: `Authorization: Bearer ${jwt}`, filename: 'docs/api.md' },
    { text: "const token = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.<signature>';" },
  ],
  invalid: [
    { text: `const token = '${jwt}';`, found: ['1 jwt'] },
    { text: `SERVICE_JWT=${jwt}`, filename: '.env', found: ['1 jwt'] },
    {
      text: `curl -H "Authorization: Bearer ${jwt}" https://api.acme.io/v1/deploy`,
      filename: 'deploy.sh',
      found: ['1 jwt'],
    },
    { text: `fetch(url, {\n  headers: { Authorization: \`Bearer ${jwt}\` },\n});`, found: ['2 jwt'] },
  ],
});
