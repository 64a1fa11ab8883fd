// New coverage of `plumb scan` uploads: the real CLI diffs a real git history against the reference the server
// names, uploads the lines with the coverage, and the real worker holds them to new_coverage_min.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedBox } from '../../server/src/crypto/sealed-box.js';
import { saveGateConfig } from '../../server/src/domain/gates/index.js';
import { analysisLimits } from '../../server/src/jobs/limits.js';
import { startWorker } from '../../server/src/jobs/worker.js';
import { schema } from '../../server/src/store/index.js';
import { git, initRepository, type TestRepository } from '../../server/test/support/git-repos.js';
import {
  CALC_BASE as BASE,
  CALC_CHANGED as CHANGED,
  calcLcov as lcov,
  NEW_COVERAGE_POLICY,
} from '../../server/test/support/new-coverage-case.js';
import { runCli } from './run-cli.js';
import { openScanServer, type ScanServer } from './scan-server.js';

let live: ScanServer;
let scratch: string;
let repo: TestRepository;
let baseRevision: string;
let stopWorker: () => Promise<void>;

/** Writes a coverage report into the scratch directory (outside the checkout) and answers its path. */
async function report(name: string, hits: Record<number, number>): Promise<string> {
  const file = path.join(scratch, name);
  await writeFile(file, lcov(hits));
  return file;
}

const scan = (dir: string, ...args: string[]) =>
  runCli(['scan', dir, '--server', live.server, '--token', live.token, '--wait', '--poll-interval', '100ms', ...args]);

/** The gate's stored measures of the project's latest upload. */
async function latestMeasures() {
  const [latest] = await live.world.store.db
    .select({ state: schema.analyses.state, measures: schema.gateResults.measures })
    .from(schema.analyses)
    .innerJoin(schema.gateResults, eq(schema.gateResults.analysisId, schema.analyses.id))
    .where(and(eq(schema.analyses.projectId, live.project.id), eq(schema.analyses.kind, 'upload')))
    .orderBy(desc(schema.analyses.id))
    .limit(1);
  return latest!;
}

beforeAll(async () => {
  live = await openScanServer('cli-new-coverage', {
    provider: 'g',
    owner: 'acme',
    name: 'calc',
    defaultBranch: 'main',
  });
  await saveGateConfig(live.world.store.db, live.tenant.owner, { policy: NEW_COVERAGE_POLICY });
  scratch = await mkdtemp(path.join(tmpdir(), 'plumb-scan-new-coverage-'));
  repo = initRepository(path.join(scratch, 'repo'));
  baseRevision = repo.commit('Add and subtract', { 'app/calc.py': BASE });
  const worker = await startWorker(
    {
      store: live.world.store,
      secrets: sealedBox(randomBytes(32)),
      dataDir: path.join(scratch, 'worker'),
      limits: analysisLimits(),
    },
    await live.world.queue.opened(),
    { concurrency: 1, pollingIntervalSeconds: 0.5 },
  );
  stopWorker = () => worker.stop();
}, 120_000);
afterAll(async () => {
  await stopWorker?.();
  await live?.world.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('plumb scan: new coverage', () => {
  it('a baseline scan of the default branch measures no new lines', async () => {
    const run = await scan(repo.dir, '--coverage', await report('base.info', { 1: 1, 2: 0, 5: 1, 6: 0 }));
    expect([run.code, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toContain('Quality gate: passed\n');
    expect(await latestMeasures()).toMatchObject({
      state: 'completed',
      measures: { newLines: 0, newCoveragePct: null },
    });
  }, 180_000);

  it("the server names the reference: the baseline, or a pull request's base branch's latest analysis", async () => {
    const ask = async (query: string) => {
      const response = await fetch(`${live.server}/api/scanner/new-code-reference${query}`, {
        headers: { authorization: `Bearer ${live.token}` },
      });
      return [response.status, await response.json()];
    };
    expect(await ask('')).toEqual([200, { revision: baseRevision }]);
    expect(await ask('?pullRequest=3&baseBranch=main')).toEqual([200, { revision: baseRevision }]);
    expect(await ask('?pullRequest=3&baseBranch=release')).toEqual([200, { revision: null }]);
    expect(await ask('?pullRequest=3')).toEqual([
      400,
      { message: 'baseBranch: the branch the pull request targets, with pullRequest' },
    ]);
    expect(await ask('?baseBranch=main')).toEqual([
      400,
      { message: 'pullRequest: the pull request targeting baseBranch, with baseBranch' },
    ]);
    expect((await ask('?pullRequest=0&baseBranch=main'))[0]).toBe(400);
    expect(await ask('?pullRequest=3&baseBranch=-x')).toEqual([
      400,
      { message: expect.stringMatching(/^baseBranch: a git branch name/) },
    ]);
  }, 60_000);

  it('a pull request adding uncovered lines fails new_coverage_min; covering them passes', async () => {
    git(repo.dir, 'checkout', '--quiet', '-b', 'feature');
    repo.commit('Multiply, and add the other way round', { 'app/calc.py': CHANGED });
    const pullRequest = ['--pull-request', '3', '--base', 'main'];

    const uncovered = await report('uncovered.info', { 1: 1, 2: 0, 5: 1, 6: 1, 9: 1, 10: 0 });
    const failed = await scan(repo.dir, ...pullRequest, '--coverage', uncovered);
    expect(failed.stdout).toContain('Quality gate: failed\n');
    expect(failed.stderr).toBe('plumb: quality gate failed: new_coverage_min is 33.33, threshold 80 (medium)\n');
    expect(failed.code).toBe(1);
    expect((await latestMeasures()).measures).toMatchObject({ newLines: 5, newCoveragePct: 33.33 });

    const covered = await report('covered.info', { 1: 1, 2: 1, 5: 1, 6: 1, 9: 1, 10: 1 });
    const passed = await scan(repo.dir, ...pullRequest, '--coverage', covered);
    expect([passed.code, passed.stderr]).toEqual([0, '']);
    expect(passed.stdout).toContain('Quality gate: passed\n');
    expect((await latestMeasures()).measures).toMatchObject({ newLines: 5, newCoveragePct: 100 });
  }, 240_000);

  it('scanning a subdirectory names the new lines from it, as the engine names its files', async () => {
    const uncovered = await report('sub-uncovered.info', { 1: 1, 2: 1, 5: 1, 6: 1, 9: 0, 10: 0 });
    const run = await scan(
      path.join(repo.dir, 'app'),
      '--pull-request',
      '4',
      '--base',
      'main',
      '--coverage',
      uncovered,
    );
    expect(run.stderr).toBe('plumb: quality gate failed: new_coverage_min is 33.33, threshold 80 (medium)\n');
    expect((await latestMeasures()).measures).toMatchObject({ newLines: 5, newCoveragePct: 33.33 });
  }, 180_000);

  it('a shallow checkout without the reference commit says new coverage is not measured, and uploads', async () => {
    const shallow = path.join(scratch, 'shallow');
    git(scratch, 'clone', '--quiet', '--depth', '1', '--branch', 'feature', `file://${repo.dir}`, shallow);
    const uncovered = await report('uncovered.info', { 2: 0, 9: 0, 10: 0 });
    const run = await scan(shallow, '--pull-request', '3', '--base', 'main', '--coverage', uncovered);
    expect(run.stderr).toBe(
      `plumb: new coverage not measured: the checkout lacks commit ${baseRevision}, the revision of the analysis ` +
        "it is compared with (fetch the history, e.g. actions/checkout's fetch-depth: 0)\n",
    );
    expect([run.code, run.stdout]).toEqual([0, expect.stringContaining('Quality gate: passed\n')]);
    expect((await latestMeasures()).measures).toMatchObject({ newLines: null, newCoveragePct: null });
  }, 180_000);
});
