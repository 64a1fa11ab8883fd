// `node scripts/bench/webhook-hang.mjs DIR [--rounds N]`: what a webhook receiver that never answers costs an analysis.
// Two projects fetch the same git repository DIR on one embedded store with one worker and the webhook deliveries
// `plumb serve` runs; one of them has a hook (every event) whose receiver, on a loopback port, accepts each request
// and never answers. Rounds alternate between the two, request to `completed`; medians, and their ratio (target:
// within 5%). Deliveries keep hanging (10 s timeout, then retries) while later rounds run. Run `npx tsc -b` first.
import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyses, openPipelineWorld } from './pipeline-world.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const server = (file) => import(path.join(repo, 'packages/server/dist', file));
const { createProject } = await server('domain/projects/index.js');
const { personalAccess } = await server('domain/access/index.js');
const { createWebhook } = await server('domain/webhooks/index.js');
const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: 'string' } } });
const dir = path.resolve(positionals[0] ?? '.');
const rounds = Number(values.rounds ?? 5);
const { requestAnalysis, analysisById } = analyses;

const branch = await new Promise((resolve, reject) =>
  execFile('git', ['-C', dir, 'rev-parse', '--abbrev-ref', 'HEAD'], (error, stdout) =>
    error ? reject(error) : resolve(stdout.trim()),
  ),
);
const hanging = new Set();
let received = 0;
const receiver = createServer((request, response) => {
  received += 1;
  hanging.add(response);
});
await new Promise((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const scratch = await mkdtemp(path.join(tmpdir(), 'plumb-bench-webhooks-'));
const world = await openPipelineWorld({ scratch, dir, name: 'plain', branch, webhooks: true });
const hooked = await createProject(world.store.db, world.access, {
  provider: 'gp',
  name: 'hooked',
  gitUrl: `file://${dir}`,
  defaultBranch: branch,
});
await createWebhook(
  world.store.db,
  world.secrets,
  personalAccess(world.access.principal),
  { provider: 'gp', instance: '', owner: '', name: 'hooked' },
  { url: `http://127.0.0.1:${receiver.address().port}/never-answers` },
);

async function pipelineOnce(project) {
  const started = performance.now();
  const requested = await requestAnalysis(world.store.db, world.queue, project, { kind: 'branch', branch });
  for (;;) {
    const analysis = await analysisById(world.store.db, requested.id);
    if (['completed', 'failed', 'timed_out', 'canceled'].includes(analysis.state)) {
      if (analysis.state !== 'completed') throw new Error(`${analysis.state}: ${analysis.error}`);
      return performance.now() - started;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
// Each project's first analysis creates its mirror: left out.
await pipelineOnce(world.project);
await pipelineOnce(hooked);
const plain = [];
const withHook = [];
for (let round = 0; round < rounds; round += 1) {
  plain.push(await pipelineOnce(world.project));
  withHook.push(await pipelineOnce(hooked));
}
const report = {
  dir,
  rounds,
  withoutHookMs: Math.round(median(plain)),
  withHangingHookMs: Math.round(median(withHook)),
  ratio: Number((median(withHook) / median(plain)).toFixed(3)),
  requestsReceivedNeverAnswered: received,
};
for (const response of hanging) response.destroy();
receiver.closeAllConnections();
receiver.close();
await world.close();
await rm(scratch, { recursive: true, force: true });
console.log(JSON.stringify(report));
