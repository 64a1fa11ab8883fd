// New coverage over a real git history analyzed by the real worker: the lines a pull request added or changed
// against its base, measured by the coverage uploaded for it, held to new_coverage_min.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../store/index.js';
import { openGatedRepository, type GatedRepository } from '../../../test/support/gated-repository.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import {
  CALC_BASE as BASE,
  CALC_CHANGED as CHANGED,
  calcLcov as lcov,
  NEW_COVERAGE_POLICY as POLICY,
} from '../../../test/support/new-coverage-case.js';
import { multipart } from './multipart.case.js';
import { bearer, openWorld, type World } from './world.case.js';

describe(`new coverage over a git history on ${TEST_DRIVER}`, () => {
  let world: World;
  let gated: GatedRepository;
  let baselineId: number;
  let pullId: number;
  const status = async (scanId: number) =>
    (await world.call('GET', `/api/quality/gates/status/${scanId}`, bearer(world.member.VIEWER))).json();
  const upload = async (scanId: number, report: string) => {
    const body = multipart([
      { name: 'scan_id', value: String(scanId) },
      { name: 'file', value: report, filename: 'lcov.info' },
    ]);
    const response = await world.call('POST', '/api/quality/coverage/upload', bearer(world.member.VIEWER), body);
    expect(response.statusCode, response.body).toBe(200);
  };
  const measuresOf = async (scanId: number) => {
    const [row] = await world.testApp.store.db
      .select({ measures: schema.gateResults.measures })
      .from(schema.gateResults)
      .where(eq(schema.gateResults.analysisId, scanId));
    return row!.measures;
  };
  const analyzed = async (request: Parameters<GatedRepository['request']>[0]) => {
    const done = await gated.settle((await gated.request(request)).id);
    expect(done.state).toBe('completed');
    return done.id;
  };

  beforeAll(async () => {
    world = await openWorld();
    gated = await openGatedRepository(world, 'covered');
    const saved = await world.call('PUT', '/api/quality/gates/config', bearer(world.member.OWNER), {
      payload: { policy: POLICY },
    });
    expect(saved.statusCode).toBe(200);
    gated.repo.commit('Add and subtract', { 'app/calc.py': BASE });
    baselineId = await analyzed({ kind: 'branch', branch: 'main' });
    gated.checkout('feature', true);
    gated.repo.commit('Multiply, and add the other way round', { 'app/calc.py': CHANGED });
    pullId = await analyzed({ kind: 'pull_request', branch: 'feature', pullRequest: 3, baseBranch: 'main' });
  }, 240_000);
  afterAll(async () => {
    await gated?.close();
    await world?.close();
  });

  it('measures nothing new on the baseline, whatever its coverage', async () => {
    await upload(baselineId, lcov({ 1: 0, 2: 0, 5: 0, 6: 0 }));
    expect(await status(baselineId)).toMatchObject({ status: 'passed', is_baseline_scan: true, violations: [] });
    expect(await measuresOf(baselineId)).toMatchObject({ newLines: 0, newCoveragePct: null });
  });

  it('knows the pull request’s new lines, and does not evaluate new coverage before a report comes', async () => {
    expect(await measuresOf(pullId)).toMatchObject({ newLines: 5, newCoveragePct: null });
    expect(await status(pullId)).toMatchObject({ status: 'passed', violations: [] });
  });

  it('fails the pull request whose changed and added lines are not covered, old lines left out', async () => {
    // Executable new lines: 2 (changed), 9 and 10 (added); only 9 ran. The old lines 1, 5 and 6 are covered.
    await upload(pullId, lcov({ 1: 1, 2: 0, 5: 1, 6: 1, 9: 1, 10: 0 }));
    const violation = { rule: 'new_coverage_min', threshold: 80, actual: 33.33, severity: 'medium' };
    expect(await status(pullId)).toMatchObject({ status: 'failed', violations: [violation] });
    const evaluated = await world.call('POST', `/api/quality/gates/evaluate/${pullId}`, bearer(world.member.VIEWER));
    expect(evaluated.json()).toMatchObject({ status: 'failed', violations: [violation] });
  });

  it('passes it once a report covers its new lines, even with old lines uncovered', async () => {
    await upload(pullId, lcov({ 1: 0, 2: 4, 5: 0, 6: 0, 9: 1, 10: 4 }));
    expect(await status(pullId)).toMatchObject({ status: 'passed', violations: [] });
    expect(await measuresOf(pullId)).toMatchObject({ newLines: 5, newCoveragePct: 100 });
  });

  it('measures a later scan of the pull request against the same base, from merge base to head', async () => {
    gated.checkout('main');
    // main moves on (line 6 rewritten) and is analyzed: the pull request's base is now that analysis.
    gated.repo.commit('Subtract otherwise on main', { 'app/calc.py': BASE.replace('a - b', '-(b - a)') });
    await analyzed({ kind: 'branch', branch: 'main' });
    gated.checkout('feature');
    gated.repo.commit('Document multiply', { 'app/calc.py': `${CHANGED}    # the product\n` });
    const next = await analyzed({ kind: 'pull_request', branch: 'feature', pullRequest: 3, baseBranch: 'main' });
    // Lines 2 and 7 to 11, from the merge base: main's line 6 is not the pull request's code.
    expect(await measuresOf(next)).toMatchObject({ newLines: 6, newCoveragePct: null });
    await upload(next, lcov({ 2: 1, 9: 1, 10: 0 }));
    expect(await status(next)).toMatchObject({
      status: 'failed',
      violations: [{ rule: 'new_coverage_min', actual: 66.67 }],
    });
  }, 120_000);
});
