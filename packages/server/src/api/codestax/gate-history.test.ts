// The gate over a real git history analyzed by the real worker: a baseline, a pull request adding a critical
// finding, waivers (pull request, repository, organization; revoked; expired), a false positive, a rebuilt baseline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisById } from '../../domain/analyses/index.js';
import { githubToken, openGatedRepository, type GatedRepository } from '../../../test/support/gated-repository.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { bearer, openWorld, type World } from './world.case.js';

// Ruff's unused import (F401) and comparison with None (E711): moderate findings, old code once in the baseline.
const MODULE = 'import os\n\ndef f(x):\n    if x == None:\n        return 1\n    return 2\n';
const LEGACY = `TOKEN = "${githubToken('R8bQ2xLw9KzT4nVc7YpD1sHf6JmA3uEo5WgX')}"\n`;
const LEAK = `DEPLOY = "${githubToken('Z3kP9wQ2mN7vB4xC8tY1rL6hJ5gF0dSaE2uK')}"\n`;
const POLICY = {
  new_critical_max: 0,
  new_high_max: 0,
  duplication_pct_max: 100,
  complexity_new_max: 15,
  rating_min: 'E',
};
const NONE_NEW = { critical: 0, high: 0, medium: 0, low: 0, total: 0 };
const CRITICAL_VIOLATION = { rule: 'new_critical_max', threshold: 0, actual: 1, severity: 'critical' };

describe(`the quality gate over a git history on ${TEST_DRIVER}`, () => {
  let world: World;
  let gated: GatedRepository;
  const owner = () => bearer(world.member.OWNER);
  const status = async (scanId: number) => {
    const response = await world.call('GET', `/api/quality/gates/status/${scanId}`, bearer(world.member.VIEWER));
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const evaluate = async (scanId: number) => {
    const response = await world.call('POST', `/api/quality/gates/evaluate/${scanId}`, bearer(world.member.VIEWER));
    expect(response.statusCode).toBe(200);
    return response.json();
  };
  const waive = async (body: Record<string, unknown>) => {
    const response = await world.call('POST', '/api/quality/gates/waivers', owner(), { payload: body });
    expect(response.statusCode).toBe(200);
    return response.json() as { id: number };
  };
  const analyzed = async (request: Parameters<GatedRepository['request']>[0]) => {
    const requested = await gated.request(request);
    const done = await gated.settle(requested.id);
    expect(done.state).toBe('completed');
    return done;
  };
  const pullRequest = { kind: 'pull_request', branch: 'feature', pullRequest: 7, baseBranch: 'main' } as const;
  let baselineId: number;
  let pullId: number;

  beforeAll(async () => {
    world = await openWorld();
    gated = await openGatedRepository(world, 'gated');
    const saved = await world.call('PUT', '/api/quality/gates/config', owner(), { payload: { policy: POLICY } });
    expect(saved.statusCode).toBe(200);
  }, 60_000);
  afterAll(async () => {
    await gated?.close();
    await world?.close();
  });

  it('answers status null while the scan runs, then establishes the baseline on the default branch', async () => {
    gated.repo.commit('Legacy code', { 'app/mod.py': MODULE, 'app/legacy.py': LEGACY });
    const requested = await gated.request({ kind: 'branch', branch: 'main' });
    expect(await status(requested.id)).toEqual({
      scan_id: requested.id,
      status: null,
      violations: [],
      default_branch: 'main',
      scanned_branch: 'main',
      is_baseline_scan: false,
      new_in_pr: null,
    });
    expect((await gated.settle(requested.id)).state).toBe('completed');
    baselineId = requested.id;
    // The legacy critical token is old code: the baseline scan passes.
    expect(await status(baselineId)).toEqual({
      scan_id: baselineId,
      status: 'passed',
      violations: [],
      default_branch: 'main',
      scanned_branch: 'main',
      is_baseline_scan: true,
      new_in_pr: NONE_NEW,
    });
  }, 120_000);

  it('fails a pull request that adds a critical finding, and fails its Scrutinizer build beside it', async () => {
    gated.checkout('feature', true);
    gated.repo.commit('Add a deploy script', { 'app/deploy.py': LEAK });
    const done = await analyzed(pullRequest);
    pullId = done.id;
    expect(await status(pullId)).toEqual({
      scan_id: pullId,
      status: 'failed',
      violations: [CRITICAL_VIOLATION],
      default_branch: 'main',
      scanned_branch: 'feature',
      is_baseline_scan: false,
      new_in_pr: { critical: 1, high: 0, medium: 0, low: 0, total: 1 },
    });
    expect(done.buildStatus).toBe('failed');
    expect(done.buildFailures).toEqual(['quality gate: new_critical_max 1 > 0']);
  }, 120_000);

  it('honours the most specific waiver: the pull request’s over the repository’s and the organization’s', async () => {
    await waive({ rule: 'new_critical_max', reason: 'org-wide' });
    const repoWaiver = await waive({ rule: 'new_critical_max', reason: 'repo', repo_id: gated.project.id });
    const prWaiver = await waive({
      rule: 'new_critical_max',
      reason: 'The token is a revoked test credential',
      repo_id: gated.project.id,
      pr_number: 7,
      expires_at: new Date(Date.now() + 86_400_000).toISOString(),
    });
    const preview = await evaluate(pullId);
    expect(preview).toMatchObject({ status: 'passed', violations: [], policy_version: 'v1' });
    expect(preview.waived_violations).toEqual([{ ...CRITICAL_VIOLATION, waived: true, waiver_id: prWaiver.id }]);
    // Evaluating wrote nothing: the stored verdict is still the one of the scan's end.
    expect((await status(pullId)).status).toBe('failed');
    // Without the pull request's waiver, the repository's is the most specific left.
    expect((await world.call('POST', `/api/quality/gates/waivers/${prWaiver.id}/revoke`, owner())).statusCode).toBe(
      200,
    );
    expect((await evaluate(pullId)).waived_violations[0].waiver_id).toBe(repoWaiver.id);
  }, 60_000);

  it('stores a passed gate for the next scan of the pull request while a waiver holds', async () => {
    gated.repo.commit('Document the script', { 'README.md': '# gated\n' });
    const done = await analyzed(pullRequest);
    expect(await status(done.id)).toMatchObject({ status: 'passed', violations: [], new_in_pr: { critical: 1 } });
    expect(done.buildStatus).not.toBe('failed');
  }, 120_000);

  it('ignores revoked and expired waivers', async () => {
    const listed = await world.call('GET', '/api/quality/gates/waivers', owner());
    for (const waiver of listed.json().waivers)
      await world.call('POST', `/api/quality/gates/waivers/${waiver.id}/revoke`, owner());
    const expired = await waive({
      rule: 'new_critical_max',
      reason: 'expired yesterday',
      repo_id: gated.project.id,
      expires_at: new Date(Date.now() - 86_400_000).toISOString(),
    });
    expect(await evaluate(pullId)).toMatchObject({ status: 'failed', violations: [CRITICAL_VIOLATION] });
    const active = await world.call('GET', '/api/quality/gates/waivers', owner());
    expect(active.json().waivers).toEqual([]);
    const all = await world.call(
      'GET',
      `/api/quality/gates/waivers?include_expired=true&include_revoked=true&repo_id=${gated.project.id}`,
      owner(),
    );
    const waivers = all.json().waivers as { id: number; expired: boolean; revoked: boolean }[];
    expect(waivers.map((waiver) => [waiver.expired, waiver.revoked])).toEqual([
      [true, false],
      [false, true],
      [false, true],
    ]);
    expect(waivers[0]!.id).toBe(expired.id);
  }, 60_000);

  it('keeps a false positive out of the gate, through later scans of the pull request', async () => {
    const issues = await world.call('GET', `/api/scans/${pullId}/issues?severity=critical&new_only=true`, owner());
    const [leak] = issues.json().issues as { id: number; issue_id: string; file_path: string }[];
    expect(leak!.file_path).toBe('app/deploy.py');
    const openIssues = async () => (await world.call('GET', `/api/scans/${pullId}`, owner())).json().issues_count;
    const openBefore = await openIssues();
    const marked = await world.call('POST', '/api/quality/findings/mark-fp', bearer(world.member.EDITOR), {
      payload: { issue_id: leak!.id, is_fp: true, reason: 'A revoked token kept as a fixture' },
    });
    expect(marked.statusCode).toBe(200);
    expect(marked.json()).toMatchObject({
      issue_id: leak!.id,
      user_marked_fp: true,
      fp_reason: 'A revoked token kept as a fixture',
    });
    expect(Date.parse(marked.json().fp_marked_at)).toBeGreaterThan(Date.now() - 60_000);
    expect(await evaluate(pullId)).toMatchObject({ status: 'passed', violations: [] });
    // Out of the open-issue counts of every scan it is in (Scrutinizer counts it as ignored).
    expect(await openIssues()).toBe(openBefore - 1);
    gated.repo.commit('Touch the script', { 'app/deploy.py': `${LEAK}# deploy\n` });
    const next = await analyzed(pullRequest);
    expect(await status(next.id)).toMatchObject({ status: 'passed', new_in_pr: NONE_NEW });
    const kept = await world.call('GET', `/api/scans/${next.id}/issues?severity=critical`, owner());
    const deploy = (kept.json().issues as { file_path: string; status: string; issue_id: string }[]).find(
      (issue) => issue.file_path === 'app/deploy.py',
    );
    expect(deploy).toMatchObject({ status: 'false_positive', issue_id: leak!.issue_id });
    // Unmarked (by its uuid), it counts again.
    const unmarked = await world.call('POST', '/api/quality/findings/mark-fp', owner(), {
      payload: { issue_id: leak!.issue_id, is_fp: false },
    });
    expect(unmarked.json()).toEqual({
      issue_id: leak!.issue_id,
      user_marked_fp: false,
      fp_marked_at: null,
      fp_reason: null,
    });
    expect((await evaluate(next.id)).status).toBe('failed');
    expect(await openIssues()).toBe(openBefore);
  }, 120_000);

  it('fails the default branch on what its baseline lacks, until the baseline is rebuilt', async () => {
    gated.checkout('main');
    gated.repo.commit('Merge the deploy script', { 'app/deploy.py': LEAK });
    const merged = await analyzed({ kind: 'branch', branch: 'main' });
    expect(await status(merged.id)).toMatchObject({ status: 'failed', is_baseline_scan: false });
    const baselineFindings = (await analysisById(world.testApp.store.db, baselineId))!.indexDiff!.nb_new_issues;
    const rebuilt = await world.call('POST', `/api/quality/gates/rebuild-baseline/${gated.project.id}`, owner());
    expect(rebuilt.statusCode).toBe(200);
    expect(rebuilt.json()).toEqual({
      repo_id: gated.project.id,
      branch: 'main',
      cleared_fingerprints: baselineFindings,
      note: 'Next scan on the default branch will re-establish the baseline.',
    });
    const again = await world.call('POST', `/api/quality/gates/rebuild-baseline/${gated.project.id}`, owner());
    expect(again.json().cleared_fingerprints).toBe(0);
    const next = await analyzed({ kind: 'branch', branch: 'main' });
    expect(await status(next.id)).toMatchObject({ status: 'passed', is_baseline_scan: true, new_in_pr: NONE_NEW });
  }, 180_000);
  it("tightens the organization's policy by the checkout's .plumb.yml gate: section", async () => {
    gated.repo.commit('Stricter here', {
      '.plumb.yml': 'gate:\n  complexity_new_max: 1\n  new_high_max: 9\n',
      'app/branchy.py': 'def pick(x):\n    if x:\n        return 1\n    return 2\n',
    });
    const done = await analyzed({ kind: 'branch', branch: 'main' });
    expect(await status(done.id)).toMatchObject({
      status: 'failed',
      violations: [{ rule: 'complexity_new_max', threshold: 1, actual: 2, severity: 'medium' }],
    });
    // A looser value there changes nothing: new_high_max stays the organization's 0.
    expect((await evaluate(done.id)).policy).toMatchObject({ complexity_new_max: 1, new_high_max: 0 });
  }, 120_000);
});
