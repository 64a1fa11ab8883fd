import { describe, expect, it } from 'vitest';
import { findSecrets, MAX_LINE_LENGTH, SECRET_RULES } from './find-secrets.js';
import { BASE64, BASE32, fakeSecret } from './secret-tester.case.js';

const ghp = fakeSecret('ghp_', 36);
const keyId = fakeSecret('AKIA', 16, BASE32);
const secret = fakeSecret('', 40, BASE64);
const pemBody = Array.from({ length: 5 }, (_, index) => fakeSecret('', 64, BASE64, index));

describe('findSecrets', () => {
  it('reports a finding with the place, rule meta and a masked description', () => {
    expect(findSecrets('src/github.ts', `import x from 'y';\n\nconst token = '${ghp}';\n`)).toEqual([
      {
        rule: 'secrets/github-token',
        tool: 'plumb',
        category: 'Security',
        severity: 'critical',
        filename: 'src/github.ts',
        line: 3,
        lineEnd: 3,
        column: 16,
        description: 'GitHub token committed in the source: `ghp_…`',
        help: expect.stringContaining('Revoke and rotate'),
        language: 'Typescript',
        remediationMinutes: 30,
      },
    ]);
  });

  it('never puts more than four characters of a secret in a description', () => {
    const password = fakeSecret('', 20);
    const text = `aws_access_key_id = ${keyId}\naws_secret_access_key = ${secret}\nDB_PASSWORD=${password}\n`;
    const findings = findSecrets('.env', text);
    expect(findings.map((finding) => finding.description)).toEqual([
      'AWS access key id committed in the source: `AKIA…`',
      `AWS secret access key assigned to \`aws_secret_access_key\`: \`${secret.slice(0, 4)}…\``,
      expect.stringMatching(/^Hardcoded secret assigned to `DB_PASSWORD`: `.{4}…`$/),
    ]);
    for (const value of [keyId, secret, password])
      expect(findings.map((finding) => finding.description).join('\n')).not.toContain(value.slice(0, 5));
    expect(findings.every((finding) => finding.language === null)).toBe(true);
  });

  it('spans a multi-line private key from BEGIN to END and names its kind', () => {
    const text = ['', '-----BEGIN EC PRIVATE KEY-----', ...pemBody, '-----END EC PRIVATE KEY-----'].join('\r\n');
    expect(findSecrets('keys/ec.pem', text)).toMatchObject([
      {
        rule: 'secrets/private-key',
        line: 2,
        lineEnd: 8,
        column: 1,
        description: 'Private key committed in the source: EC private key',
      },
    ]);
  });

  it('judges a key a patch adds as the file it patches: a test key under test/ is test code', () => {
    const hunk = (target: string) => [
      `--- /dev/null`,
      `+++ ${target}\t2020-04-28 23:12:44.591073932 -0700`,
      '@@ -0,0 +1,7 @@',
      '+-----BEGIN RSA PRIVATE KEY-----',
      ...pemBody.map((line) => `+${line}`),
      '+-----END RSA PRIVATE KEY-----',
    ];
    const patch = [...hunk('ruby-1.8.7/test/rubygems/client.pem'), ...hunk('ruby-1.8.7/lib/deploy.pem')].join('\n');
    expect(findSecrets('patches/ruby/openssl.patch', patch).map((finding) => finding.line)).toEqual([14]);
  });

  it('reports a secret on a line once, with its most specific rule', () => {
    expect(findSecrets('src/a.ts', `const apiToken = '${ghp}';`).map((finding) => finding.rule)).toEqual([
      'secrets/github-token',
    ]);
  });

  it('skips binary files, huge files and over-long lines', () => {
    expect(findSecrets('logo.png', `\x89PNG\0\0${ghp}`)).toEqual([]);
    expect(findSecrets('dump.sql', `${'x'.repeat(5_000_001)}\n${ghp}`)).toEqual([]);
    expect(
      findSecrets('bundle.min.js', `${'a=1;'.repeat(MAX_LINE_LENGTH / 4)}var t='${ghp}';\nvar u='${ghp}';`).map(
        (finding) => finding.line,
      ),
    ).toEqual([2]);
  });

  it('leaves fixture folders alone and scans test files for exact formats only', () => {
    const text = `const token = '${ghp}';\nconst password = '${fakeSecret('', 20)}';`;
    expect(findSecrets('packages/x/__fixtures__/repo/a.ts', text)).toEqual([]);
    expect(findSecrets('pkg/testdata/a.ts', text)).toEqual([]);
    expect(findSecrets('src/a.spec.ts', text).map((finding) => finding.rule)).toEqual(['secrets/github-token']);
    expect(findSecrets('src/a.ts', text).map((finding) => finding.rule)).toEqual([
      'secrets/github-token',
      'secrets/generic-secret',
    ]);
  });

  it('leaves files named as fake or dummy data alone, for every rule', () => {
    const text = `const token = '${ghp}';\nconst password = '${fakeSecret('', 20)}';`;
    for (const filename of ['src/fake-tokens.ts', 'src/dummy_credentials.ts', 'lib/FakeGithubClient.ts'])
      expect(findSecrets(filename, text)).toEqual([]);
    expect(findSecrets('src/fakeroot.ts', text).map((finding) => finding.rule)).toEqual([
      'secrets/github-token',
      'secrets/generic-secret',
    ]);
  });

  it('honours inline allow markers on the same line only', () => {
    const text =
      `const a = '${ghp}'; // plumb:allow-secret\nconst b = '${ghp}';\n` +
      `const c = '${ghp}'; # pragma: allowlist secret`;
    expect(findSecrets('src/a.ts', text).map((finding) => finding.line)).toEqual([2]);
  });
});

describe('SECRET_RULES', () => {
  it('lists one documented Security rule per kind, with unique ids', () => {
    const ids = SECRET_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(20);
    for (const rule of SECRET_RULES) {
      expect(rule.id).toMatch(/^secrets\/[a-z0-9-]+$/);
      expect(rule).toMatchObject({ tool: 'plumb', language: 'any', category: 'Security', labels: ['security'] });
      expect(rule.remediationMinutes).toBeGreaterThan(0);
      for (const text of [rule.docs.whatItFinds, rule.docs.whyItMatters, rule.docs.example.bad, rule.docs.example.good])
        expect(text.trim()).not.toBe('');
    }
  });

  it('finds no secrets in its own documentation examples', () => {
    for (const rule of SECRET_RULES) expect(findSecrets('src/example.ts', rule.docs.example.bad)).toEqual([]);
  });
});
