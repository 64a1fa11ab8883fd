import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisById, requestAnalysis, type Analysis } from '../../server/src/domain/analyses/index.js';
import { createProject } from '../../server/src/domain/projects/index.js';
import { createTenant, type Tenant } from '../../server/test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../server/test/support/test-app.js';
import { runCli } from './run-cli.js';

let world: TestApp;
let server: string;
let tenant: Tenant;
let queued: Analysis;
let inspectionUrl: string;

beforeAll(async () => {
  world = await openTestApp();
  server = await world.app.listen({ port: 0, host: '127.0.0.1' });
  tenant = await createTenant(world.store, 'cli-cancel');
  const project = await createProject(world.store.db, tenant.owner, {
    provider: 'gp',
    name: 'web',
    defaultBranch: 'main',
  });
  // No worker runs here: the analysis waits in the queue until it is canceled.
  queued = await requestAnalysis(world.store.db, world.queue, project, { kind: 'branch', branch: 'main' });
  inspectionUrl = `${server}/api/repositories/gp/web/inspections/${queued.uuid}`;
}, 60_000);
afterAll(async () => world.close());

describe('plumb cancel', () => {
  it('cancels a queued inspection through its URL; a second cancel exits 1 with the reason', async () => {
    const run = await runCli(['cancel', inspectionUrl, '--token', tenant.ownerUserToken]);
    expect([run.code, run.stderr, run.stdout]).toEqual([0, '', `${inspectionUrl}: canceled\n`]);
    expect((await analysisById(world.store.db, queued.id))?.state).toBe('canceled');
    const again = await runCli(['cancel', inspectionUrl, '--token', tenant.ownerUserToken]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^plumb: cancel: 409 .*ended/);
  });

  it('refuses a viewer (exit 2) and a URL that is not an inspection (exit 2, one line), showing no token', async () => {
    const viewer = await tenant.memberUserToken('viewer@cli-cancel.example', 'VIEWER');
    const refused = await runCli(['cancel', inspectionUrl, '--token', viewer]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^plumb: cancel: 403 /);
    expect(refused.stderr).not.toContain(viewer);
    const wrong = await runCli(['cancel', `${server}/api/repositories/gp/web`, '--token', viewer]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n')).toHaveLength(1);
  });
});
