import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findIndex, listIndexFindings, requestAnalysis } from '../src/domain/analyses/index.js';
import { licensesOfAnalysis, saveLicensePolicy } from '../src/domain/licenses/index.js';
import { openQueue, type Queue } from '../src/jobs/queue.js';
import { startWorker, type Worker } from '../src/jobs/worker.js';
import type { Store } from '../src/store/index.js';
import { openAnalysisWorld, type AnalysisWorld } from './support/analysis-world.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

// A lockfile as npm writes it: an AGPL dependency, a WTFPL one and an MIT one.
const PACKAGE_LOCK = JSON.stringify(
  {
    name: 'shop',
    lockfileVersion: 3,
    packages: {
      '': { name: 'shop', license: 'MIT' },
      'node_modules/copyleft': { version: '2.0.0', license: 'AGPL-3.0-only' },
      'node_modules/left-pad': { version: '1.3.0', license: 'WTFPL' },
      'node_modules/fine': { version: '1.0.0', license: 'MIT' },
    },
  },
  null,
  2,
);

describe(`the organization's license policy in the worker's engine run, on ${TEST_DRIVER}`, () => {
  let store: Store;
  let world: AnalysisWorld;
  let queue: Queue;
  let worker: Worker;

  beforeAll(async () => {
    store = await openTestStore();
    world = await openAnalysisWorld(store, 'license-worker');
    queue = await openQueue(store, { expireInSeconds: 300 });
    worker = await startWorker(world.context, queue, { concurrency: 1, pollingIntervalSeconds: 0.5 });
  }, 120_000);
  afterAll(async () => {
    await worker.stop();
    await queue.stop();
    await store.close();
    await world.dispose();
  });

  /** Analyzes the branch's head in the worker: the denied-license findings' descriptions, and the stored audit. */
  async function analyzeHead() {
    const requested = await requestAnalysis(store.db, queue, world.project, { kind: 'branch', branch: 'main' });
    const done = await world.settle(requested.id);
    expect([done.state, done.error]).toEqual(['completed', null]);
    const index = await findIndex(store.db, world.project, done.revision!);
    const findings = await listIndexFindings(store.db, index, {}, { limit: 100, offset: 0 });
    const denied = findings.items
      .filter((finding) => finding.rule === 'licenses/denied-license')
      .map((finding) => `${finding.filename}:${finding.line} ${finding.description}`);
    return { denied, audit: await licensesOfAnalysis(store.db, done.id) };
  }

  it('turns what the organization denies into licenses/denied-license findings', async () => {
    await saveLicensePolicy(store.db, world.tenant.owner, { denied: ['AGPL-3.0-only'] });
    world.repo.commit('Add the lockfile', { 'package-lock.json': PACKAGE_LOCK });
    const { denied, audit } = await analyzeHead();
    expect(denied).toEqual([
      'package-lock.json:9 Dependency copyleft@2.0.0 is licensed AGPL-3.0-only, which the policy denies.',
    ]);
    expect(audit.deniedCount).toBe(1);
    expect(audit.dependencies.filter((entry) => entry.denied).map((entry) => entry.name)).toEqual(['copyleft']);
  }, 120_000);

  it("lets the repository's .plumb.yml lists replace the organization's", async () => {
    world.repo.commit('Deny WTFPL instead', { '.plumb.yml': 'licenses:\n  denied: [WTFPL]\n' });
    const { denied, audit } = await analyzeHead();
    expect(denied).toEqual([
      'package-lock.json:13 Dependency left-pad@1.3.0 is licensed WTFPL, which the policy denies.',
    ]);
    expect(audit.policy).toEqual({ allowed: [], denied: ['WTFPL'] });
    expect(audit.dependencies.filter((entry) => entry.denied).map((entry) => entry.name)).toEqual(['left-pad']);
  }, 120_000);
});
