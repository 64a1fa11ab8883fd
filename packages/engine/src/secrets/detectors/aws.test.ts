import { BASE32, BASE64, HEX, fakeSecret, testSecrets } from '../secret-tester.case.js';

const keyId = fakeSecret('AKIA', 16, BASE32);
const sessionKeyId = fakeSecret('ASIA', 16, BASE32, 3);
const secret = fakeSecret('', 40, BASE64);
const otherSecret = fakeSecret('', 40, BASE64, 11);
const sha = fakeSecret('', 40, HEX);

testSecrets('aws', {
  valid: [
    {
      text: `aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`,
      filename: 'docs-credentials.ini',
    },
    {
      text: 'AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX\nAWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      filename: '.env.example',
    },
    { text: 'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}', filename: '.env' },
    { text: 'const secretAccessKey = process.env.AWS_SECRET_ACCESS_KEY;' },
    { text: `const accessKeyId = '${keyId.toLowerCase()}';` },
    { text: `const id = 'AKIA${'A'.repeat(16)}';` },
    { text: `const commit = '${sha}';\nconst region = 'eu-west-1';` },
    { text: `// not near any key id\nconst blob = '${secret}';` },
    { text: `const arn = 'arn:aws:iam::123456789012:user/${keyId}x';` },
  ],
  invalid: [
    // An exact-format key is found in a comment too: a key commented out is still committed.
    {
      text: `# aws_access_key_id = ${keyId}\n# aws_secret_access_key = ${secret}`,
      filename: 'deploy.sh',
      found: ['1 aws-access-key-id', '2 aws-secret-access-key'],
    },
    {
      text: `[default]\naws_access_key_id = ${keyId}\naws_secret_access_key = ${secret}`,
      filename: '.aws/credentials',
      found: ['2 aws-access-key-id', '3 aws-secret-access-key'],
    },
    {
      text:
        `const s3 = new S3Client({\n  credentials: {\n    accessKeyId: '${keyId}',\n` +
        `    secretAccessKey: '${secret}',\n  },\n});`,
      found: ['3 aws-access-key-id', '4 aws-secret-access-key'],
    },
    {
      text: `session = boto3.Session(\n    "${sessionKeyId}",\n    "${otherSecret}",\n)`,
      filename: 'deploy.py',
      found: ['2 aws-access-key-id', '3 aws-secret-access-key'],
    },
    { text: `export AWS_SECRET_ACCESS_KEY=${secret}`, filename: 'run.sh', found: ['1 aws-secret-access-key'] },
    { text: `env:\n  AWS_ACCESS_KEY_ID: ${keyId}`, filename: '.gitlab-ci.yml', found: ['2 aws-access-key-id'] },
    { text: `aws configure set aws_access_key_id ${keyId}`, filename: 'docs/setup.md', found: ['1 aws-access-key-id'] },
  ],
});
