import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personalAccess } from '../src/domain/access/index.js';
import { requestAnalysis } from '../src/domain/analyses/index.js';
import { createProject } from '../src/domain/projects/index.js';
import { createWebhook } from '../src/domain/webhooks/index.js';
import { openQueue, type Queue } from '../src/jobs/queue.js';
import { startWebhookDeliveries, type WebhookDeliveries } from '../src/jobs/webhook-worker.js';
import { startWorker, type Worker } from '../src/jobs/worker.js';
import type { Store } from '../src/store/index.js';
import { inspectionPayload } from '../src/webhook-payload.js';
import { openAnalysisWorld, type AnalysisWorld } from './support/analysis-world.js';
import { PYTHON_WITH_FINDINGS } from './support/python-findings.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';

describe(`webhooks fired by the analysis worker on ${TEST_DRIVER}`, () => {
  let store: Store;
  let world: AnalysisWorld;
  let queue: Queue;
  let worker: Worker;
  let deliveries: WebhookDeliveries;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    store = await openTestStore();
    world = await openAnalysisWorld(store, 'hooked');
    queue = await openQueue(store, {
      expireInSeconds: 300,
      webhooks: { timeoutMs: 2000, retryDelaySeconds: 1, retryLimit: 1 },
    });
    worker = await startWorker(world.context, queue, { concurrency: 1, pollingIntervalSeconds: 0.5 });
    deliveries = await startWebhookDeliveries(
      { store, secrets: world.context.secrets, payload: inspectionPayload },
      queue,
      { pollingIntervalSeconds: 0.5 },
    );
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await deliveries.stop();
    await worker.stop();
    await queue.stop();
    await receiver.close();
    await store.close();
    await world.dispose();
  });

  const hook = async (name: string, path: string) =>
    (
      await createWebhook(
        store.db,
        world.context.secrets,
        personalAccess(world.tenant.owner.principal),
        { provider: 'gp', instance: '', owner: '', name },
        { url: receiver.url(path) },
      )
    ).secret;
  const eventsAt = async (path: string, count: number, secret: string) =>
    (await receiver.waitFor(path, count, 60_000)).map((request) => {
      const event = String(request.headers['x-scrutinizer-event']);
      const signature = createHmac('sha1', secret).update(event).update(request.body).digest('hex');
      expect(request.headers['x-scrutinizer-signature']).toBe(signature);
      return { event, payload: JSON.parse(request.body.toString('utf8')) };
    });

  it('posts inspection.created, then inspection.completed with the stored indices', async () => {
    const secret = await hook('hooked', '/completed');
    const sha = world.repo.commit('Add the module', { 'app/mod.py': PYTHON_WITH_FINDINGS });
    const requested = await requestAnalysis(store.db, queue, world.project, { kind: 'branch', branch: 'main' });
    expect((await world.settle(requested.id)).state).toBe('completed');
    const [created, completed] = await eventsAt('/completed', 2, secret);
    expect(created).toMatchObject({ event: 'inspection.created', payload: { uuid: requested.uuid, state: 'new' } });
    expect(completed).toMatchObject({
      event: 'inspection.completed',
      payload: {
        uuid: requested.uuid,
        state: 'completed',
        metadata: { source_reference: sha, branch: 'main' },
        _embedded: { head_index: { source_reference: sha }, index_diff: { nb_new_issues: 3 } },
      },
    });
  }, 120_000);

  it('posts inspection.failed when the fetch fails', async () => {
    const missing = await createProject(store.db, world.tenant.owner, {
      provider: 'gp',
      name: 'missing',
      gitUrl: `file://${world.root}/repos/does-not-exist`,
    });
    const secret = await hook('missing', '/failed');
    const requested = await requestAnalysis(store.db, queue, missing, { kind: 'branch', branch: 'main' });
    expect((await world.settle(requested.id)).state).toBe('failed');
    const events = await eventsAt('/failed', 2, secret);
    expect(events.map(({ event, payload }) => [event, payload.state])).toEqual([
      ['inspection.created', 'new'],
      ['inspection.failed', 'failed'],
    ]);
  }, 120_000);
});
