import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('plumb admin bootstrap', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'plumb-bootstrap-'));
  });
  afterAll(async () => rm(dataDir, { recursive: true, force: true }));

  it('creates the organization and its owner, and run again finds the same ones with fresh tokens', async () => {
    const args = [
      'admin',
      'bootstrap',
      '--org',
      'acme',
      '--email',
      'Owner@Acme.test',
      '--name',
      'Acme Inc',
      '--data',
      dataDir,
      '--json',
    ];
    const first = await runCli(args);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const second = await runCli(args);
    expect(second.code).toBe(0);
    const [a, b] = [first, second].map((run) => JSON.parse(run.stdout.trim().split('\n').at(-1)!));
    expect(Object.keys(a).sort()).toEqual(['organization', 'organizationToken', 'user', 'userToken']);
    expect(a.organization).toEqual({ slug: 'acme', id: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(a.user).toEqual({ uuid: expect.stringMatching(/^[0-9a-f-]{36}$/), email: 'Owner@Acme.test' });
    expect(b.organization).toEqual(a.organization);
    expect(b.user).toEqual(a.user);
    expect(b.userToken).not.toBe(a.userToken);
    expect(b.organizationToken).not.toBe(a.organizationToken);
  });

  it.each([
    [['admin', 'bootstrap', '--email', 'x@y.test'], /--org/],
    [['admin', 'bootstrap', '--org', 'acme'], /--email/],
    [['admin', 'bootstrap', '--org', 'Not Valid', '--email', 'x@y.test'], /^plumb: org: expected/],
    [['admin', 'bootstrap', '--org', 'acme', '--email', 'not-an-email'], /^plumb: email: expected/],
    [['admin', 'bootstrap', '--org', 'acme', '--email', 'x@y.test', '--bogus'], /unknown option '--bogus'/],
    [['no-such-command'], /unknown command/],
  ])('exits 2 with one line on stderr for %j', async (args, message) => {
    const result = await runCli([...args, '--data', dataDir]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });
});
