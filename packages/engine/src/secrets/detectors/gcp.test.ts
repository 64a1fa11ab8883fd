import { BASE64, BASE64URL, fakeSecret, testSecrets } from '../secret-tester.case.js';

const apiKey = fakeSecret('AIza', 35, BASE64URL);
const keyBody = (seed: number) => Array.from({ length: 25 }, (_, index) => fakeSecret('', 64, BASE64, seed + index));
const escapedKey = (seed: number) =>
  `-----BEGIN PRIVATE KEY-----\\n${keyBody(seed).join('\\n')}\\n-----END PRIVATE KEY-----\\n`;
const serviceAccount = (key: string) =>
  [
    '{',
    '  "type": "service_account",',
    '  "project_id": "acme-prod",',
    '  "private_key_id": "5c0b2a1f",',
    `  "private_key": "${key}",`,
    '  "client_email": "deployer@acme-prod.iam.gserviceaccount.com"',
    '}',
  ].join('\n');

testSecrets('gcp', {
  valid: [
    { text: 'const key = "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX";' },
    { text: `const key = "${apiKey.slice(0, 30)}";` },
    { text: 'const key = "AIza-your-api-key";' },
    {
      text: serviceAccount('-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n'),
      filename: 'service-account.json',
    },
    { text: serviceAccount('<paste the private key here>'), filename: 'service-account.json' },
    // A file named as fake is test data (afero's gcsfs fixture, a copy of oauth2l's fake-service-account.json).
    { text: serviceAccount(escapedKey(3)), filename: 'gcsfs/gcs-fake-service-account.json' },
    { text: serviceAccount(escapedKey(4)), filename: 'testing/FakeServiceAccount.json' },
  ],
  invalid: [
    {
      text: `const firebaseConfig = {\n  apiKey: "${apiKey}",\n  authDomain: "acme.firebaseapp.com",\n};`,
      found: ['2 gcp-api-key'],
    },
    {
      text: `url = f"https://maps.googleapis.com/maps/api/geocode/json?key=${apiKey}"`,
      filename: 'geo.py',
      found: ['1 gcp-api-key'],
    },
    { text: serviceAccount(escapedKey(1)), filename: 'deploy/gcp-key.json', found: ['5 gcp-service-account-key'] },
    // `fake` inside a word says nothing of the data.
    {
      text: serviceAccount(escapedKey(3)),
      filename: 'deploy/fakeroot-service-account.json',
      found: ['5 gcp-service-account-key'],
    },
    { text: `{"private_key": "${escapedKey(2)}"}`, filename: 'key.json', found: ['1 private-key'] },
  ],
});
