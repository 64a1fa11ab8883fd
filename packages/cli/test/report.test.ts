import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../server/src/domain/projects/index.js';
import { commitAt } from '../../server/test/support/dated-commits.js';
import { initRepository } from '../../server/test/support/git-repos.js';
import { createTenant, type Tenant } from '../../server/test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../server/test/support/test-app.js';
import { runCli } from './run-cli.js';

let root: string;
let world: TestApp;
let server: string;
let tenant: Tenant;
const DAY_MS = 86_400_000;
const ANN = { name: 'Ann Author', email: 'ann@cli-report.example' };

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'plumb-cli-report-'));
  process.env.PLUMB_LOCAL_GIT_ROOTS = root;
  const repo = initRepository(path.join(root, 'repos', 'web'));
  // Two commits in the last seven days, one before: an on-demand report counts the two.
  commitAt(repo.dir, ANN, new Date(Date.now() - 20 * DAY_MS).toISOString(), 'Old', { 'old.txt': 'a\nb\n' });
  commitAt(repo.dir, ANN, new Date(Date.now() - 2 * DAY_MS).toISOString(), 'Start', { 'a.txt': 'one\ntwo\n' });
  commitAt(repo.dir, ANN, new Date(Date.now() - DAY_MS).toISOString(), 'Trim', { 'a.txt': 'one\n' });
  world = await openTestApp(undefined, { dataDir: path.join(root, 'data') });
  server = await world.app.listen({ port: 0, host: '127.0.0.1' });
  tenant = await createTenant(world.store, 'cli-report');
  await createProject(world.store.db, tenant.owner, {
    provider: 'gp',
    name: 'web',
    gitUrl: `file://${repo.dir}`,
    defaultBranch: 'main',
  });
}, 60_000);
afterAll(async () => {
  await world.close();
  delete process.env.PLUMB_LOCAL_GIT_ROOTS;
  await rm(root, { recursive: true, force: true });
});

describe('plumb report', () => {
  it("produces a repository's report of the week so far and prints it, or prints the API's JSON", async () => {
    const args = ['report', '--server', server, '--token', tenant.ownerUserToken, '--repo', 'gp/web'];
    const run = await runCli(args);
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('  2 commits, +2 -1 lines\n');
    expect(run.stdout).toContain('  Ann Author <ann@cli-report.example>: 2 commits\n');
    const json = await runCli([...args, '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      nb_commits: 2,
      nb_additions: 2,
      nb_deletions: 1,
      head_source_reference: null,
      _links: { self: { href: expect.stringMatching(/^\/api\/repositories\/gp\/web\/reports\/\d{4}-\d{2}-\d{2}$/) } },
    });
  }, 60_000);

  it('exits 2 with one line for a bad repository, a day to come, or a viewer, never showing the token', async () => {
    const viewer = await tenant.memberUserToken('viewer@cli-report.example', 'VIEWER');
    const base = ['report', '--server', server, '--token', viewer];
    const asOwner = ['--token', tenant.ownerUserToken];
    for (const [extra, message] of [
      [['--repo', 'x/web'], /^plumb: .*expected g\/LOGIN\/NAME/],
      [['--repo', 'gp/web', '--date', 'soon'], /^plumb: .*expected a day as YYYY-MM-DD/],
      [['--repo', 'gp/web', '--date', '2999-01-01', ...asOwner], /^plumb: report: 400 date: expected a day no later/],
      [['--repo', 'gp/web'], /^plumb: report: 403 /],
      [['--repo', 'gp/missing'], /^plumb: report: 404 /],
    ] as const) {
      const run = await runCli([...base, ...extra]);
      expect([run.code, run.stdout], extra.join(' ')).toEqual([2, '']);
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).not.toContain(viewer);
    }
  }, 60_000);
});
