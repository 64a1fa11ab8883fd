import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cancelAnalysis,
  findIndex,
  listArtifacts,
  listIndexFindings,
  readArtifact,
  requestAnalysis,
} from '../src/domain/analyses/index.js';
import { createProject } from '../src/domain/projects/index.js';
import { openQueue, type Queue } from '../src/jobs/queue.js';
import { startWorker, type Worker } from '../src/jobs/worker.js';
import { schema, type Store } from '../src/store/index.js';
import { openAnalysisWorld, type AnalysisWorld } from './support/analysis-world.js';
import { sshdMissing, startSshd } from './support/sshd.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

// Unused import, comparison with None, unused variable: three findings of Ruff.
const PYTHON = 'import os\n\ndef f(x):\n    if x == None:\n        return 1\n    unused = 2\n';

describe(`the analysis worker on ${TEST_DRIVER}`, () => {
  let store: Store;
  let world: AnalysisWorld;
  let queue: Queue;
  let worker: Worker;

  beforeAll(async () => {
    store = await openTestStore();
    world = await openAnalysisWorld(store, 'pipeline');
    queue = await openQueue(store, { expireInSeconds: 300 });
    worker = await startWorker(world.context, queue, { concurrency: 1, pollingIntervalSeconds: 0.5 });
  });
  afterAll(async () => {
    await worker.stop();
    await queue.stop();
    await store.close();
    await world.dispose();
  });

  it('fetches the branch over file://, analyzes its head, stores the results and keeps the log', async () => {
    const sha = world.repo.commit('Add the module', { 'app/mod.py': PYTHON });
    const requested = await requestAnalysis(store.db, queue, world.project, { kind: 'branch', branch: 'main' });
    expect(requested.state).toBe('new');
    const done = await world.settle(requested.id);
    expect(done).toMatchObject({ state: 'completed', revision: sha, title: 'Add the module', error: null });
    expect(done.startedAt).not.toBeNull();
    expect(done.finishedAt!.getTime()).toBeGreaterThanOrEqual(done.startedAt!.getTime());
    expect(done.engineVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Object.keys(done.linterVersions ?? {}).sort()).toEqual(['oxlint', 'ruff']);
    const index = await findIndex(store.db, world.project, sha);
    const findings = await listIndexFindings(store.db, index, {}, { limit: 50, offset: 0 });
    expect(findings.items.map((finding) => finding.rule).sort()).toEqual(['E711', 'F401', 'F841']);
    expect(findings.items.every((finding) => finding.filename === 'app/mod.py')).toBe(true);
    const [log] = await listArtifacts(store.db, done.id);
    expect(log).toMatchObject({ node: 'plumb', name: 'analysis.log' });
    const text = (await readArtifact(store.db, done.id, 'plumb', 'analysis.log')).content.toString('utf8');
    expect(text).toMatch(/checking out [0-9a-f]{40}/);
    expect(text).toMatch(/completed/);
  }, 120_000);

  it('compares the next analysis of the branch with the previous one', async () => {
    const sha = world.repo.commit('Fix the comparison', { 'app/mod.py': PYTHON.replace('x == None', 'x is None') });
    const requested = await requestAnalysis(store.db, queue, world.project, { kind: 'branch', branch: 'main' });
    const done = await world.settle(requested.id);
    expect(done.state).toBe('completed');
    expect(done.revision).toBe(sha);
    expect(done.baseAnalysisId).not.toBeNull();
    expect(done.indexDiff).toMatchObject({ nb_new_issues: 0, nb_common_issues: 2, nb_fixed_issues: 1 });
  }, 120_000);

  it.skipIf(sshdMissing !== undefined)(
    'fetches over SSH with the stored key and pins the host key',
    async () => {
      const sshd = await startSshd();
      try {
        const sha = world.repo.commit('Over SSH', { 'app/ssh.py': PYTHON });
        const overSsh = await createProject(store.db, world.tenant.owner, {
          provider: 'gp',
          name: 'over-ssh',
          gitUrl: `ssh://${sshd.user}@127.0.0.1:${sshd.port}${world.repo.dir}`,
          defaultBranch: 'main',
          sshKeySealed: world.context.secrets.seal(sshd.client.privateKey),
        });
        const requested = await requestAnalysis(store.db, queue, overSsh, { kind: 'branch', branch: 'main' });
        const done = await world.settle(requested.id);
        expect([done.state, done.error, done.revision]).toEqual(['completed', null, sha]);
        const [row] = await store.db.select().from(schema.projects).where(eq(schema.projects.id, overSsh.id));
        expect(row!.sshKnownHosts).toContain('ssh-ed25519');
        const text = (await readArtifact(store.db, done.id, 'plumb', 'analysis.log')).content.toString('utf8');
        expect(text).not.toContain(sshd.client.privateKey.split('\n')[1]!);
      } finally {
        await sshd.stop();
      }
    },
    120_000,
  );

  it('ends a clone that fails as failed, with a readable error and its log', async () => {
    const broken = await createProject(store.db, world.tenant.owner, {
      provider: 'gp',
      name: 'missing',
      gitUrl: `file://${world.root}/repos/does-not-exist`,
    });
    const requested = await requestAnalysis(store.db, queue, broken, { kind: 'branch', branch: 'main' });
    const done = await world.settle(requested.id);
    expect(done.state).toBe('failed');
    expect(done.error).toMatch(/git|repository|not/i);
    const text = (await readArtifact(store.db, done.id, 'plumb', 'analysis.log')).content.toString('utf8');
    expect(text).toContain('failed:');
    const rows = await store.db.select().from(schema.indices).where(eq(schema.indices.analysisId, done.id));
    expect(rows).toEqual([]);
  }, 120_000);

  it('ends a branch that does not exist as failed', async () => {
    const requested = await requestAnalysis(store.db, queue, world.project, { kind: 'branch', branch: 'nope' });
    const done = await world.settle(requested.id);
    expect(done.state).toBe('failed');
    expect(done.error).toMatch(/nope/);
  }, 120_000);

  it('stops a canceled analysis at once and frees the worker for the next', async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 120; index += 1) files[`bulk/m${index}.py`] = PYTHON.repeat(10);
    world.repo.commit('Many modules', files);
    const slow = await requestAnalysis(store.db, queue, world.project, { kind: 'branch', branch: 'main' });
    const running = await world.settle(slow.id, ['in_progress', 'completed']);
    expect(running.state).toBe('in_progress');
    await cancelAnalysis(store.db, running);
    const next = await requestAnalysis(store.db, queue, world.project, { kind: 'branch', branch: 'main' });
    const canceled = await world.settle(slow.id);
    expect(canceled.state).toBe('canceled');
    const rows = await store.db.select().from(schema.findings).where(eq(schema.findings.analysisId, slow.id));
    expect(rows).toEqual([]);
    const after = await world.settle(next.id);
    expect([after.state, after.error]).toEqual(['completed', null]);
  }, 180_000);
});

describe(`the analysis time limit on ${TEST_DRIVER}`, () => {
  it('ends an analysis past its limit as timed_out, with its log', async () => {
    const store = await openTestStore();
    const world = await openAnalysisWorld(store, 'slow', {
      cloneSeconds: 0.5,
      analysisSeconds: 0.5,
      staleSeconds: 30,
      heartbeatSeconds: 0.5,
      expireInSeconds: 300,
      artifactRetentionSeconds: 30 * 86_400,
    });
    const queue = await openQueue(store, { expireInSeconds: 300 });
    const worker = await startWorker(world.context, queue, { concurrency: 1, pollingIntervalSeconds: 0.5 });
    try {
      const files: Record<string, string> = {};
      for (let index = 0; index < 300; index += 1) files[`bulk/m${index}.py`] = PYTHON.repeat(50);
      world.repo.commit('Many modules', files);
      const requested = await requestAnalysis(store.db, queue, world.project, { kind: 'branch', branch: 'main' });
      const done = await world.settle(requested.id);
      expect([done.state, done.error]).toEqual(['timed_out', 'the inspection took longer than its limit of 1 s']);
      const text = (await readArtifact(store.db, done.id, 'plumb', 'analysis.log')).content.toString('utf8');
      expect(text).toContain('timed out after 1 s');
      const rows = await store.db.select().from(schema.findings).where(eq(schema.findings.analysisId, done.id));
      expect(rows).toEqual([]);
    } finally {
      await worker.stop();
      await queue.stop();
      await store.close();
      await world.dispose();
    }
  }, 120_000);
});
