// What the pipeline benches share: an embedded store in a scratch folder, an organization, a project over a
// file:// URL, the queue and one worker, all from the built server (packages/server/dist).
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const server = (file) => import(path.join(repo, 'packages/server/dist', file));

const { openStore } = await server('store/index.js');
const { bootstrapOrganization } = await server('domain/provisioning.js');
const { resolveCredential } = await server('domain/tokens/index.js');
const { organizationAccess } = await server('domain/access/index.js');
const { createProject } = await server('domain/projects/index.js');
const { openQueue } = await server('jobs/queue.js');
const { startWorker } = await server('jobs/worker.js');
const { analysisLimits } = await server('jobs/limits.js');
const { sealedBox } = await server('crypto/sealed-box.js');
const { startWebhookDeliveries } = await server('jobs/webhook-worker.js');
const { inspectionPayload } = await server('webhook-payload.js');
export const analyses = await server('domain/analyses/index.js');

/**
 * The store under `scratch`, a project `name` fetching `dir` on `branch`, and a worker (with webhook deliveries when
 * `webhooks` is true, as `plumb serve` runs them); `close()` stops them. `report` gets the worker's lines (an
 * analysis started, completed, ended early).
 */
export async function openPipelineWorld({ scratch, dir, name, branch, webhooks = false, report }) {
  process.env.PLUMB_LOCAL_GIT_ROOTS = path.dirname(dir);
  const store = await openStore({ driver: 'pglite', dataDir: path.join(scratch, 'pgdata') });
  const boot = await bootstrapOrganization(store.db, { slug: 'bench', email: 'bench@example.com' });
  const principal = await resolveCredential(store.db, { secret: boot.userToken });
  const access = await organizationAccess(store.db, principal, 'bench');
  const project = await createProject(store.db, access, {
    provider: 'gp',
    name,
    gitUrl: `file://${dir}`,
    defaultBranch: branch,
  });
  const limits = analysisLimits();
  const queue = await openQueue(store, { expireInSeconds: limits.expireInSeconds });
  const context = { store, secrets: sealedBox(randomBytes(32)), dataDir: path.join(scratch, 'data'), limits, report };
  const worker = await startWorker(context, queue, { concurrency: 1 });
  const deliveries = webhooks
    ? await startWebhookDeliveries({ store, secrets: context.secrets, payload: inspectionPayload }, queue)
    : undefined;
  return {
    store,
    project,
    queue,
    access,
    secrets: context.secrets,
    close: async () => {
      await deliveries?.stop();
      await worker.stop();
      await queue.stop();
      await store.close();
    },
  };
}
