import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listArtifacts, readArtifact, requestAnalysis } from '../src/domain/analyses/index.js';
import { Invalid, NotFound } from '../src/domain/errors.js';
import { analysisLimits } from '../src/jobs/limits.js';
import { openQueue, type Queue } from '../src/jobs/queue.js';
import { startWorker } from '../src/jobs/worker.js';
import type { Store } from '../src/store/index.js';
import { FAST_LIMITS, openAnalysisWorld, type AnalysisWorld } from './support/analysis-world.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

describe('PLUMB_ARTIFACT_RETENTION_DAYS', () => {
  it('keeps artifacts 30 days unless told, and names the variable when the value is no number of days', () => {
    expect(analysisLimits({}).artifactRetentionSeconds).toBe(30 * 86_400);
    expect(analysisLimits({ PLUMB_ARTIFACT_RETENTION_DAYS: '7' }).artifactRetentionSeconds).toBe(7 * 86_400);
    expect(analysisLimits({ PLUMB_ARTIFACT_RETENTION_DAYS: '0.5' }).artifactRetentionSeconds).toBe(43_200);
    for (const bad of ['0', '-1', 'forever'])
      expect(() => analysisLimits({ PLUMB_ARTIFACT_RETENTION_DAYS: bad })).toThrow(
        expect.objectContaining({
          constructor: Invalid,
          message: expect.stringMatching(/PLUMB_ARTIFACT_RETENTION_DAYS.*positive number of days/),
        }),
      );
  });
});

describe(`artifact retention on ${TEST_DRIVER}`, () => {
  let store: Store;
  let world: AnalysisWorld;
  let queue: Queue;
  beforeAll(async () => {
    store = await openTestStore();
    world = await openAnalysisWorld(store, 'retention');
    queue = await openQueue(store, { expireInSeconds: 300 });
  });
  afterAll(async () => {
    await queue.stop();
    await store.close();
    await world.dispose();
  });

  it('purges the log of an analysis past its retention when a worker starts; it stays listed, expired', async () => {
    world.repo.commit('Add a module', { 'app/mod.py': 'print("hello")\n' });
    const keeping = await startWorker(world.context, queue, { concurrency: 1, pollingIntervalSeconds: 0.5 });
    const requested = await requestAnalysis(store.db, queue, world.project, { kind: 'branch', branch: 'main' });
    const done = await world.settle(requested.id);
    await keeping.stop();
    expect(done.state).toBe('completed');
    // A worker that keeps files 30 days leaves a fresh log alone.
    expect((await listArtifacts(store.db, done.id)).map((artifact) => artifact.expiredAt)).toEqual([null]);
    expect((await readArtifact(store.db, done.id, 'plumb', 'analysis.log')).content.length).toBeGreaterThan(0);

    await new Promise((resolve) => setTimeout(resolve, 50));
    const context = { ...world.context, limits: { ...FAST_LIMITS, artifactRetentionSeconds: 0.01 } };
    const purging = await startWorker(context, queue, { concurrency: 1, pollingIntervalSeconds: 0.5 });
    await purging.stop();
    const [log] = await listArtifacts(store.db, done.id);
    expect(log).toMatchObject({ node: 'plumb', name: 'analysis.log', expiredAt: expect.any(Date) });
    await expect(readArtifact(store.db, done.id, 'plumb', 'analysis.log')).rejects.toBeInstanceOf(NotFound);
  }, 120_000);
});
