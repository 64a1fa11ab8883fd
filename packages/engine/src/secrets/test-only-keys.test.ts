import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDirectory } from '../analyze.js';

/** A real RSA key, so nothing but where it sits and who names it decides the verdict. */
const key = () =>
  generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

// capistrano's layout: a container's key that only the specs and the container files name, beside keys others name.
const FILES: Record<string, string> = {
  '.docker/ssh_key_rsa': key(),
  '.docker/Dockerfile': 'FROM debian\nCOPY ssh_key_rsa.pub /root/.ssh/authorized_keys\n',
  'spec/support/test_app.rb': 'KEY = File.expand_path("../../.docker/ssh_key_rsa", __dir__)\n',
  'deploy/prod_deploy_key': key(),
  'spec/deploy_spec.rb': 'it { expect(File).to exist("deploy/prod_deploy_key") }\n',
  'lib/deploy.rb': 'KEY_FILE = "deploy/prod_deploy_key"\n',
  'keys/orphan_key.pem': key(),
  'config/id_rsa': key(),
  'spec/ssh_spec.rb': 'it { expect(ENV["HOME"] + "/.ssh/id_rsa").to be_a(String) }\n',
  'sftp/signing_key.pem': key(),
  'README.md': 'Sign with `sftp/signing_key.pem`.\n',
  'test-CA/ca-key.pem': key(),
};

describe('private keys only tests use', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-test-keys-'));
    for (const [name, text] of Object.entries(FILES)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('leaves alone a key named only by tests and containers, and reports every other key', async () => {
    const analysis = await analyzeDirectory(dir, { threads: 0, linters: false });
    const keys = analysis.violations
      .filter((violation) => violation.rule === 'secrets/private-key')
      .map((violation) => violation.filename);
    // Main code names the deploy key; nothing names the orphan; a spec names `id_rsa` but not its folder; only the
    // README names the signing key. test-CA/ is a folder named for tests.
    expect(keys).toEqual(['config/id_rsa', 'deploy/prod_deploy_key', 'keys/orphan_key.pem', 'sftp/signing_key.pem']);
  });
});
