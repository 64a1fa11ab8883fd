import { execFile } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedBox } from '../../crypto/sealed-box.js';
import {
  cancelAnalysis,
  claimAnalysis,
  insertAnalysis,
  moveAnalysis,
  storeResults,
  type Analysis,
} from '../../domain/analyses/index.js';
import { Conflict } from '../../domain/errors.js';
import type { Repository } from '../../domain/projects/index.js';
import { purgeDeliveries } from '../../domain/webhooks/index.js';
import { startWebhookDeliveries, type WebhookDeliveries } from '../../jobs/webhook-worker.js';
import { inTransaction, schema } from '../../store/index.js';
import { inspectionPayload } from '../../webhook-payload.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import {
  startWebhookReceiver,
  type ReceivedRequest,
  type WebhookReceiver,
} from '../../../test/support/webhook-receiver.js';
import { PYTHON, repositoryOf, storeAnalysis } from './analyses.case.js';
import { addRepositoryOnce, openWorld, type Person, type World } from './world.case.js';

const TIMEOUT_MS = 1000;
const RETRY_DELAY_SECONDS = 1;
const repositoryPath = (name: string) => `/api/repositories/g/acme/${name}`;

/** What the receiver checks, independently of Plumb's code: HMAC-SHA1 of the event name followed by the raw body. */
function expectSigned(request: ReceivedRequest, secret: string): void {
  const event = String(request.headers['x-scrutinizer-event']);
  const expected = createHmac('sha1', secret)
    .update(Buffer.concat([Buffer.from(event), request.body]))
    .digest('hex');
  expect(request.headers['x-scrutinizer-signature']).toBe(expected);
}

/** `openssl dgst -sha1 -hmac SECRET` over the event name and the raw body, as a shell script would check it. */
function opensslSignature(secret: string, event: string, body: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile('openssl', ['dgst', '-sha1', '-hmac', secret], (error, stdout) => {
      if (error) reject(error);
      else resolve(/([0-9a-f]{40})\s*$/.exec(stdout)?.[1] ?? stdout);
    });
    child.stdin!.end(Buffer.concat([Buffer.from(event), body]));
  });
}

describe(`scrutinizer webhooks on ${TEST_DRIVER}`, () => {
  let world: World;
  let receiver: WebhookReceiver;
  let deliveries: WebhookDeliveries;
  const logs: string[] = [];
  const secrets: string[] = [];

  const addHook = async (repository: string, path: string, events?: string[], person?: Person) => {
    const response = await world.call('POST', `${repositoryPath(repository)}/hooks`, (person ?? world.owner).token, {
      url: receiver.url(path),
      ...(events ? { events } : {}),
    });
    expect(response.statusCode, response.body).toBe(201);
    const hook = response.json() as { uuid: string; secret: string; events: string[]; all_events: boolean };
    secrets.push(hook.secret);
    return hook;
  };
  const addRepository = (name: string) =>
    addRepositoryOnce(world, '/api/repositories/g', world.owner.token, { name: `acme/${name}`, organization: 'acme' });
  const repository = (name: string): Promise<Repository> =>
    repositoryOf(world, world.owner, { provider: 'g', instance: '', owner: 'acme', name });
  const deliveriesOf = async (repositoryName: string, hook: string) => {
    const response = await world.call(
      'GET',
      `${repositoryPath(repositoryName)}/hooks/${hook}/deliveries`,
      world.owner.token,
    );
    expect(response.statusCode, response.body).toBe(200);
    return response.json()._embedded.deliveries as Record<string, unknown>[];
  };
  const waitForAttempts = async (repositoryName: string, hook: string, count: number) => {
    const until = Date.now() + 20_000;
    for (;;) {
      const listed = await deliveriesOf(repositoryName, hook);
      if (listed.length >= count) return listed;
      if (Date.now() > until) throw new Error(`${listed.length} of ${count} attempts recorded`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const details = async (repositoryName: string, uuid: string) =>
    (await world.call('GET', `${repositoryPath(repositoryName)}/inspections/${uuid}`, world.owner.token)).json();
  /** A new analysis of the repository, taken by a worker: what a state change of the pipeline starts from. */
  const runningAnalysis = async (name: string): Promise<Analysis> => {
    const analysis = await insertAnalysis(world.testApp.store.db, await repository(name), {
      kind: 'branch',
      branch: 'main',
    });
    return (await claimAnalysis(world.testApp.store.db, analysis.id, new Date(0)))!;
  };

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        logs.push(chunk.toString('utf8'));
        done();
      },
    });
    const box = sealedBox(randomBytes(32));
    world = await openWorld({
      secrets: box,
      logger: { level: 'trace', stream },
      queue: { webhooks: { timeoutMs: TIMEOUT_MS, retryDelaySeconds: RETRY_DELAY_SECONDS, retryLimit: 3 } },
    });
    receiver = await startWebhookReceiver();
    deliveries = await startWebhookDeliveries(
      { store: world.testApp.store, secrets: box, payload: inspectionPayload },
      await world.testApp.queue.opened(),
      { pollingIntervalSeconds: 0.5 },
    );
    for (const name of ['web', 'flaky', 'slow', 'refuse', 'ends']) await addRepository(name);
  });
  afterAll(async () => {
    await deliveries?.stop();
    await world?.testApp.close();
    await receiver?.close();
  });

  describe('managing hooks', () => {
    it('creates a hook with every event by default, shows its secret once, lists and deletes it', async () => {
      const hook = await addHook('web', '/listed');
      expect(hook).toMatchObject({ all_events: true, url: receiver.url('/listed') });
      expect(hook.events).toEqual([
        'inspection.created',
        'inspection.completed',
        'inspection.canceled',
        'inspection.failed',
      ]);
      expect(hook.secret).toMatch(/^plumb_wh_[A-Za-z0-9_-]{43}$/);
      const listed = await world.call('GET', `${repositoryPath('web')}/hooks`, world.master.token);
      expect(listed.statusCode).toBe(200);
      expect(listed.json()._embedded.hooks.map((item: { uuid: string }) => item.uuid)).toContain(hook.uuid);
      expect(listed.body).not.toContain(hook.secret);
      const [row] = await world.testApp.store.db
        .select()
        .from(schema.webhooks)
        .where(eq(schema.webhooks.uuid, hook.uuid));
      expect(row!.secretSealed).not.toContain(hook.secret);
      const removed = await world.call('DELETE', `${repositoryPath('web')}/hooks/${hook.uuid}`, world.owner.token);
      expect([removed.statusCode, removed.json()]).toEqual([200, {}]);
      const again = await world.call('DELETE', `${repositoryPath('web')}/hooks/${hook.uuid}`, world.owner.token);
      expect([again.statusCode, again.json()]).toEqual([404, { message: expect.stringMatching(/webhook/) }]);
    });

    it('refuses a URL that is not http(s), credentials in the URL and unknown events, naming the field', async () => {
      const post = (payload: object) =>
        world.call('POST', `${repositoryPath('web')}/hooks`, world.owner.token, payload);
      for (const url of ['ftp://example.test/x', 'file:///etc/passwd', 'not a url', 'https://user:pw@example.test/'])
        expect((await post({ url })).json().message, url).toMatch(/^url: expected an absolute http/);
      const unknown = await post({ url: 'https://example.test/', events: ['inspection.created', 'push'] });
      expect([unknown.statusCode, unknown.json().message]).toEqual([
        400,
        'events[1]: expected one of inspection.created, inspection.completed, inspection.canceled, inspection.failed',
      ]);
      expect((await post({ url: 'https://example.test/', events: [] })).json().message).toMatch(/^events: expected/);
      const missing = await post({ events: ['inspection.created'] });
      expect([missing.statusCode, missing.json().message]).toEqual([400, expect.stringMatching(/url/)]);
    });

    it("lets only the repository's admins manage hooks; another organization sees nothing", async () => {
      const hook = await addHook('web', '/private');
      const hooks = `${repositoryPath('web')}/hooks`;
      const viewer = await world.call('GET', hooks, world.viewer.token);
      expect([viewer.statusCode, viewer.json().message]).toEqual([403, expect.stringMatching(/managing webhooks/)]);
      expect((await world.call('POST', hooks, world.viewer.token, { url: 'https://example.test/' })).statusCode).toBe(
        403,
      );
      for (const [method, url] of [
        ['GET', hooks],
        ['POST', hooks],
        ['DELETE', `${hooks}/${hook.uuid}`],
        ['GET', `${hooks}/${hook.uuid}/deliveries`],
      ] as const) {
        const response = await world.call(method, url, world.globexOwner.token, { url: 'https://example.test/' });
        expect([response.statusCode, response.json()], `${method} ${url}`).toEqual([
          404,
          { message: expect.stringMatching(/not found/i) },
        ]);
      }
      // A team with admin access to the repository manages its hooks; developer access does not.
      const team = (
        await world.call('POST', '/api/organizations/acme/teams', world.owner.token, { name: 'Hooks' })
      ).json().uuid;
      await world.call('PUT', `/api/organizations/acme/teams/${team}/members`, world.owner.token, {
        email: world.viewer.email,
      });
      const grant = (access: string) =>
        world.call('PUT', `/api/organizations/acme/teams/${team}/permissions/g/acme/web`, world.owner.token, {
          access,
        });
      expect((await grant('developer')).statusCode).toBeLessThan(300);
      expect((await world.call('GET', hooks, world.viewer.token)).statusCode).toBe(403);
      expect((await grant('admin')).statusCode).toBeLessThan(300);
      expect((await world.call('GET', hooks, world.viewer.token)).statusCode).toBe(200);
      await world.call('DELETE', `${hooks}/${hook.uuid}`, world.owner.token);
    });
  });

  describe('deliveries', () => {
    it('posts each event signed, with the Inspection exactly as the details endpoint serves it', async () => {
      const all = await addHook('web', '/all');
      const completedOnly = await addHook('web', '/completed', ['inspection.completed']);
      const requested = await world.call('POST', `${repositoryPath('web')}/inspections`, world.owner.token, {
        branch: 'main',
      });
      expect(requested.statusCode).toBe(201);
      const [created] = await receiver.waitFor('/all', 1);
      expect(created!.headers['x-scrutinizer-event']).toBe('inspection.created');
      expect(created!.headers['content-type']).toBe('application/json');
      expectSigned(created!, all.secret);
      expect(JSON.parse(created!.body.toString('utf8'))).toEqual(await details('web', requested.json().uuid));

      const stored = await storeAnalysis(world, await repository('web'), { 'a.py': PYTHON }, 'a'.repeat(40));
      const received = await receiver.waitFor('/all', 3);
      const [completed] = await receiver.waitFor('/completed', 1);
      expect(received.map((request) => request.headers['x-scrutinizer-event'])).toEqual([
        'inspection.created',
        'inspection.created',
        'inspection.completed',
      ]);
      for (const request of received) expectSigned(request, all.secret);
      expectSigned(completed!, completedOnly.secret);
      const payload = JSON.parse(completed!.body.toString('utf8'));
      expect(payload).toEqual(await details('web', stored.uuid));
      expect(payload).toMatchObject({ state: 'completed', _embedded: { head_index: expect.any(Object) } });
      // The created event says what was true then, though the inspection has completed since.
      expect(JSON.parse(received[1]!.body.toString('utf8'))).toMatchObject({ uuid: stored.uuid, state: 'new' });
      expect(JSON.parse(received[1]!.body.toString('utf8'))._embedded.head_index).toBeUndefined();
      expect(await opensslSignature(all.secret, 'inspection.completed', received[2]!.body)).toBe(
        received[2]!.headers['x-scrutinizer-signature'],
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(receiver.received('/completed')).toHaveLength(1);
      const [attempt] = await waitForAttempts('web', completedOnly.uuid, 1);
      expect(attempt).toEqual({
        uuid: expect.any(String),
        event: 'inspection.completed',
        inspection_uuid: stored.uuid,
        state: 'delivered',
        attempt: 1,
        status_code: 200,
        duration_ms: expect.any(Number),
        error: null,
        delivered_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/),
      });
    });

    it('posts inspection.canceled and inspection.failed, a timeout being a failure without results', async () => {
      const hook = await addHook('ends', '/ends');
      const requested = await world.call('POST', `${repositoryPath('ends')}/inspections`, world.owner.token, {
        branch: 'main',
      });
      const uuid = requested.json().uuid;
      expect(
        (await world.call('POST', `${repositoryPath('ends')}/inspections/${uuid}/cancel`, world.owner.token))
          .statusCode,
      ).toBe(200);
      const failing = await runningAnalysis('ends');
      expect(await moveAnalysis(world.testApp.store.db, failing.id, failing.attempt, 'failed', { error: 'boom' })).toBe(
        true,
      );
      const timing = await runningAnalysis('ends');
      await moveAnalysis(world.testApp.store.db, timing.id, timing.attempt, 'timed_out', { error: 'too long' });
      const received = await receiver.waitFor('/ends', 6);
      const byEvent = (event: string) =>
        received
          .filter((request) => request.headers['x-scrutinizer-event'] === event)
          .map((request) => JSON.parse(request.body.toString('utf8')) as { uuid: string; state: string });
      expect(byEvent('inspection.canceled')).toEqual([expect.objectContaining({ uuid, state: 'canceled' })]);
      expect(
        byEvent('inspection.failed')
          .map(({ uuid: id, state }) => [id, state])
          .sort(),
      ).toEqual(
        [
          [failing.uuid, 'failed'],
          [timing.uuid, 'timed_out'],
        ].sort(),
      );
      expect(byEvent('inspection.created')).toHaveLength(3);
      for (const request of received) expectSigned(request, hook.secret);
    });

    it('records no event for a change that was rolled back or refused', async () => {
      const db = world.testApp.store.db;
      const before = (await db.select().from(schema.webhookDeliveries)).length;
      const web = await repository('web');
      await expect(
        inTransaction(db, async (tx) => {
          await insertAnalysis(tx, web, { kind: 'branch', branch: 'main' });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      const running = await runningAnalysis('refuse');
      const afterCreated = (await db.select().from(schema.webhookDeliveries)).length;
      await cancelAnalysis(db, running);
      const stored = storeResults(db, running.id, {} as never, { attempt: running.attempt, defaultBranch: 'main' });
      await expect(stored).rejects.toThrow(Conflict);
      await expect(cancelAnalysis(db, running)).rejects.toThrow(Conflict);
      const rows = await db.select().from(schema.webhookDeliveries);
      expect(rows.length - afterCreated).toBe((await hooksOf('refuse')).length);
      expect(afterCreated - before).toBe((await hooksOf('refuse')).length);
    });

    it('retries a 5xx with backoff and delivers the same signed bytes', async () => {
      receiver.on('/flaky', (count) => (count === 1 ? 500 : 200));
      const hook = await addHook('flaky', '/flaky', ['inspection.created']);
      await world.call('POST', `${repositoryPath('flaky')}/inspections`, world.owner.token, { branch: 'main' });
      const [first, second] = await receiver.waitFor('/flaky', 2);
      expectSigned(first!, hook.secret);
      expect(second!.body.equals(first!.body)).toBe(true);
      expect(second!.headers['x-scrutinizer-signature']).toBe(first!.headers['x-scrutinizer-signature']);
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(RETRY_DELAY_SECONDS * 1000 - 50);
      const attempts = await waitForAttempts('flaky', hook.uuid, 2);
      expect(attempts.map(({ attempt, status_code, state }) => [attempt, status_code, state])).toEqual([
        [2, 200, 'delivered'],
        [1, 500, 'delivered'],
      ]);
      expect(attempts[1]!.error).toBe('answered 500');
    });

    it('cuts a receiver that hangs at the timeout, without slowing another hook', async () => {
      receiver.on('/hang', 'hang');
      const hanging = await addHook('slow', '/hang', ['inspection.created']);
      await addHook('slow', '/fast', ['inspection.created']);
      await world.call('POST', `${repositoryPath('slow')}/inspections`, world.owner.token, { branch: 'main' });
      const [fast] = await receiver.waitFor('/fast', 1);
      const [hung] = await receiver.waitFor('/hang', 1);
      expect(Math.abs(fast!.at - hung!.at)).toBeLessThan(TIMEOUT_MS / 2);
      const [attempt] = await waitForAttempts('slow', hanging.uuid, 1);
      expect(attempt).toMatchObject({ attempt: 1, status_code: null, state: 'queued', error: 'no answer within 1 s' });
      expect(attempt!.duration_ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      expect(attempt!.duration_ms).toBeLessThan(TIMEOUT_MS * 3);
      await world.call('DELETE', `${repositoryPath('slow')}/hooks/${hanging.uuid}`, world.owner.token);
    });

    it('does not retry a 4xx and does not follow a redirect', async () => {
      receiver.on('/gone', 410);
      receiver.on('/moved', 302, { location: receiver.url('/target') });
      const gone = await addHook('refuse', '/gone', ['inspection.created']);
      const moved = await addHook('refuse', '/moved', ['inspection.created']);
      await world.call('POST', `${repositoryPath('refuse')}/inspections`, world.owner.token, { branch: 'main' });
      await receiver.waitFor('/gone', 1);
      await receiver.waitFor('/moved', 1);
      // Past the longest first retry delay (twice the base) and a poll.
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_SECONDS * 2000 + 1000));
      expect(receiver.received('/gone')).toHaveLength(1);
      expect(receiver.received('/moved')).toHaveLength(1);
      expect(receiver.received('/target')).toHaveLength(0);
      expect(await waitForAttempts('refuse', gone.uuid, 1)).toEqual([
        expect.objectContaining({ attempt: 1, status_code: 410, state: 'failed', error: 'answered 410' }),
      ]);
      expect(await waitForAttempts('refuse', moved.uuid, 1)).toEqual([
        expect.objectContaining({ status_code: 302, state: 'failed', error: expect.stringMatching(/redirect/) }),
      ]);
    });

    it('never shows a secret in a log or any later response', async () => {
      const responses: string[] = [];
      for (const name of ['web', 'flaky', 'slow', 'refuse', 'ends']) {
        const list = await world.call('GET', `${repositoryPath(name)}/hooks?per_page=100`, world.owner.token);
        responses.push(list.body);
        for (const hook of list.json()._embedded.hooks as { uuid: string }[])
          responses.push(
            (await world.call('GET', `${repositoryPath(name)}/hooks/${hook.uuid}/deliveries`, world.owner.token)).body,
          );
      }
      expect(secrets.length).toBeGreaterThan(5);
      expect(logs.length).toBeGreaterThan(10);
      for (const secret of secrets) {
        for (const text of [...responses, ...logs]) expect(text).not.toContain(secret);
      }
    });
  });

  describe('retention', () => {
    it('forgets finished deliveries recorded before the cut-off, never queued ones', async () => {
      const db = world.testApp.store.db;
      const before = await db.select().from(schema.webhookDeliveries);
      expect(before.filter((row) => row.state !== 'queued').length).toBeGreaterThan(5);
      expect(await purgeDeliveries(db, new Date(0))).toBe(0);
      expect(await purgeDeliveries(db, new Date(Date.now() + 60_000))).toBeGreaterThan(5);
      const left = await db.select().from(schema.webhookDeliveries);
      for (const row of left) expect(row.state === 'queued' || before.every(({ id }) => id !== row.id)).toBe(true);
      const attempts = await db.select().from(schema.webhookAttempts);
      for (const attempt of attempts) expect(left.some(({ id }) => id === attempt.deliveryId)).toBe(true);
    });
  });

  async function hooksOf(name: string) {
    return (await world.call('GET', `${repositoryPath(name)}/hooks`, world.owner.token)).json()._embedded
      .hooks as unknown[];
  }
});
