import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { createProject, type Project } from '../../domain/projects/index.js';
import { openStore } from '../../store/index.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { bearer, openWorld, type World } from './world.case.js';

/** Waits for a fresh fixed window when the current one ends within `margin` seconds, so a count cannot straddle two. */
async function awayFromWindowEnd(windowSeconds: number, margin = 10): Promise<void> {
  const left = windowSeconds - ((Date.now() / 1000) % windowSeconds);
  if (left < margin) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 100));
}

describe(`CodeStax scan triggers and rate limits on ${TEST_DRIVER}`, () => {
  let world: World;
  let app: Project;
  let busy: Project;
  const trigger = (repoId: number, payload: unknown, token = world.member.EDITOR) =>
    world.call(
      'POST',
      `/api/scans/trigger/${repoId}`,
      bearer(token),
      payload === undefined ? {} : { payload, headers: { 'content-type': 'application/json' } },
    );

  beforeAll(async () => {
    world = await openWorld();
    const db = world.testApp.store.db;
    const gitUrl = 'https://git.example/acme/app.git';
    app = await createProject(db, world.acme.owner, { provider: 'g', owner: 'acme', name: 'app', gitUrl });
    busy = await createProject(db, world.acme.owner, { provider: 'g', owner: 'acme', name: 'busy', gitUrl });
  }, 180_000);
  afterAll(() => world.close());

  it('queues a smart scan of the default branch, which the scan list then shows', async () => {
    const response = await trigger(app.id, { type: 'smart' });
    expect(response.statusCode, response.body).toBe(200);
    const scan = response.json() as { scan_id: number };
    expect(scan).toMatchObject({ repo_id: app.id, type: 'smart', branch: 'main', state: 'new' });
    const read = await world.call('GET', `/api/scans/${scan.scan_id}`, bearer(world.member.VIEWER));
    expect(read.json()).toMatchObject({ id: scan.scan_id, repo_id: app.id, branch: 'main', state: 'new' });
  }, 60_000);

  it('queues a deep scan when the body or its type is left out', async () => {
    expect((await trigger(app.id, undefined)).json()).toMatchObject({ type: 'deep' });
    expect((await trigger(app.id, {})).json()).toMatchObject({ type: 'deep' });
  });

  it('refuses bad bodies and ids with 400 naming what was expected', async () => {
    for (const payload of [{ type: 'quick' }, { type: 5 }, '{"type": "smart"', '[1]']) {
      const response = await trigger(app.id, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect((response.json() as { detail: string }).detail).toMatch(/type|body|JSON|object/i);
    }
    const byName = await world.call('POST', '/api/scans/trigger/acme%2Fapp', bearer(world.member.EDITOR));
    expect(byName.statusCode).toBe(400);
    expect(byName.json()).toEqual({ detail: expect.stringContaining('repo_id') });
  });

  it('lets OWNER, ADMIN and EDITOR trigger; others 403; another organization or no git URL is refused', async () => {
    expect((await trigger(app.id, { type: 'deep' }, world.member.ADMIN)).statusCode).toBe(200);
    for (const role of ['VIEWER', 'BILLING'] as const) {
      const refused = await trigger(app.id, { type: 'deep' }, world.member[role]);
      expect(refused.statusCode, role).toBe(403);
      expect(refused.json()).toEqual({ detail: expect.stringContaining('requesting an inspection') });
    }
    expect((await trigger(world.site.id, { type: 'deep' })).json()).toEqual({ detail: 'Repository not found' });
    const noUrl = await trigger(world.web.id, { type: 'deep' });
    expect(noUrl.statusCode).toBe(409);
    expect(noUrl.json()).toEqual({ detail: 'the repository has no git URL to fetch its code from' });
    expect((await world.call('POST', `/api/scans/trigger/${app.id}`, undefined)).statusCode).toBe(401);
  }, 60_000);

  it('takes ten triggers a minute per repository, then 429 with Retry-After until the minute ends', async () => {
    await awayFromWindowEnd(60);
    for (let count = 1; count <= 10; count += 1)
      expect((await trigger(busy.id, { type: 'smart' })).statusCode).toBe(200);
    const refused = await trigger(busy.id, { type: 'smart' }, world.member.OWNER);
    expect(refused.statusCode).toBe(429);
    const retryAfter = Number(refused.headers['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.json()).toEqual({
      detail: expect.stringMatching(/^Rate limit exceeded: .* 10 requests per minute/),
    });
    // Another repository has a minute of its own.
    expect((await trigger(app.id, { type: 'smart' })).statusCode).toBe(200);
  }, 120_000);

  it.skipIf(TEST_DRIVER !== 'postgres')(
    'counts on PostgreSQL what every API node receives, together',
    async () => {
      // A second node: its own connection to the same database, its own app.
      const store = await openStore({ driver: 'postgres', databaseUrl: world.testApp.store.location });
      const node = await buildApp({ store, queue: world.testApp.queue, logger: false, secrets: world.secrets });
      try {
        const shared = await createProject(store.db, world.acme.owner, {
          provider: 'g',
          owner: 'acme',
          name: 'shared',
          gitUrl: 'https://git.example/acme/shared.git',
        });
        await awayFromWindowEnd(60);
        const viaNode = () =>
          node.inject({
            method: 'POST',
            url: `/api/scans/trigger/${shared.id}`,
            headers: { authorization: `Bearer ${world.member.EDITOR}` },
            payload: { type: 'deep' },
          });
        const statuses: number[] = [];
        for (let count = 1; count <= 5; count += 1) {
          statuses.push((await trigger(shared.id, { type: 'deep' })).statusCode);
          statuses.push((await viaNode()).statusCode);
        }
        expect(statuses).toEqual(Array.from({ length: 10 }, () => 200));
        expect((await viaNode()).statusCode).toBe(429);
        expect((await trigger(shared.id, { type: 'deep' })).statusCode).toBe(429);
      } finally {
        await node.close();
        await store.close();
      }
    },
    120_000,
  );

  it("holds each credential to the organization's hourly limit, which OWNER and ADMIN set", async () => {
    const url = '/api/auth/rate-limits';
    expect((await world.call('GET', url, bearer(world.member.VIEWER))).json()).toMatchObject({
      hourly_limit: 1000,
      configured: false,
      trigger_limit_per_minute: 10,
    });
    expect(
      (await world.call('PUT', url, bearer(world.member.EDITOR), { payload: { hourly_limit: 3 } })).statusCode,
    ).toBe(403);
    for (const hourly_limit of ['5', 0, 1.5, 2_000_000]) {
      const bad = await world.call('PUT', url, bearer(world.member.ADMIN), { payload: { hourly_limit } });
      expect(bad.statusCode, String(hourly_limit)).toBe(400);
      expect(bad.json()).toEqual({ detail: expect.stringContaining('hourly_limit') });
    }
    await awayFromWindowEnd(3600);
    const saved = await world.call('PUT', url, bearer(world.member.ADMIN), { payload: { hourly_limit: 3 } });
    expect(saved.json()).toMatchObject({ org_id: world.acme.organization.id, hourly_limit: 3, configured: true });
    const key = await world.call('POST', '/api/auth/api-keys', bearer(world.member.OWNER), { payload: { name: 'ci' } });
    const apiKey = (key.json() as { key: string }).key;
    for (let count = 1; count <= 3; count += 1)
      expect((await world.call('GET', '/api/scans', { apiKey })).statusCode).toBe(200);
    const refused = await world.call('GET', '/api/scans', { apiKey });
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(3600);
    expect(refused.json()).toEqual({ detail: expect.stringContaining('3 requests per hour') });
    // The limit is per credential: the organization's other credentials still pass (their own counts are low).
    const other = await world.acme.organizationToken('VIEWER');
    expect((await world.call('GET', '/api/scans', bearer(other))).statusCode).toBe(200);
    // The organization's admin lifts it; the key passes again.
    const reset = await world.call('PUT', url, bearer(world.member.OWNER), { payload: { hourly_limit: null } });
    expect(reset.json()).toMatchObject({ hourly_limit: 1000, configured: false });
    expect((await world.call('GET', '/api/scans', { apiKey })).statusCode).toBe(200);
  }, 60_000);
});
