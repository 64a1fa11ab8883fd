// The gate routes' refusals: roles, bad bodies and queries, unknown objects, a scan without results.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAnalysis } from '../../domain/analyses/index.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { bearer, openWorld, type World } from './world.case.js';

const WAIVERS = '/api/quality/gates/waivers';

describe(`the CodeStax gate routes' refusals on ${TEST_DRIVER}`, () => {
  let world: World;
  let scan: number;
  let running: number;
  let finding: number;
  let waiver: number;
  const owner = () => bearer(world.member.OWNER);
  const refusal = async (method: 'GET' | 'POST', url: string, token: string, payload?: unknown) => {
    const response = await world.call(method, url, bearer(token), payload === undefined ? {} : { payload });
    return [response.statusCode, response.json().detail];
  };

  beforeAll(async () => {
    world = await openWorld();
    const { db } = world.testApp.store;
    scan = (
      await storeEngineAnalysis(db, world.web, { 'a.py': PYTHON_WITH_FINDINGS }, { kind: 'branch', branch: 'main' })
    ).id;
    running = (await insertAnalysis(db, world.web, { kind: 'branch', branch: 'main' })).id;
    finding = (await world.call('GET', `/api/scans/${scan}/issues`, owner())).json().issues[0].id;
    waiver = (
      await world.call('POST', WAIVERS, owner(), { payload: { rule: 'new_high_max', reason: 'legacy' } })
    ).json().id;
  });
  afterAll(() => world.close());

  it('lets only OWNER and ADMIN change waivers and baselines, and EDITOR too mark false positives', async () => {
    const needs = 'changing the quality gate needs one of the roles OWNER, ADMIN';
    for (const role of ['EDITOR', 'VIEWER', 'BILLING'] as const) {
      const token = world.member[role];
      expect(await refusal('POST', WAIVERS, token, { rule: 'new_high_max', reason: 'x' })).toEqual([403, needs]);
      expect(await refusal('POST', `${WAIVERS}/${waiver}/revoke`, token)).toEqual([403, needs]);
      expect(await refusal('POST', `/api/quality/gates/rebuild-baseline/${world.web.id}`, token)).toEqual([403, needs]);
    }
    for (const role of ['VIEWER', 'BILLING'] as const)
      expect(
        await refusal('POST', '/api/quality/findings/mark-fp', world.member[role], { issue_id: finding, is_fp: false }),
      ).toEqual([403, 'marking false positives needs one of the roles OWNER, ADMIN, EDITOR']);
    // Reading is any member's.
    expect((await world.call('GET', WAIVERS, bearer(world.member.BILLING))).statusCode).toBe(200);
    expect(
      (await world.call('GET', `/api/quality/gates/status/${scan}`, bearer(world.member.BILLING))).statusCode,
    ).toBe(200);
  });

  it.each([
    [{ reason: 'x' }, 'rule: is required'],
    [{ rule: 'no_such_rule', reason: 'x' }, 'rule'],
    [{ rule: 'new_high_max' }, 'reason'],
    [{ rule: 'new_high_max', reason: '   ' }, 'reason: expected a non-empty string of at most 2000 characters'],
    [{ rule: 'new_high_max', reason: 'x', repo_id: 'eight' }, 'repo_id'],
    [{ rule: 'new_high_max', reason: 'x', pr_number: 3 }, 'pr_number: a pull request needs its repo_id'],
    [{ rule: 'new_high_max', reason: 'x', expires_at: 'next week' }, 'expires_at: expected an ISO-8601 date and time'],
  ])('refuses the waiver %j with 400 naming the field', async (body, detail) => {
    const [status, message] = await refusal('POST', WAIVERS, world.member.ADMIN, body);
    expect(status).toBe(400);
    expect(message).toContain(detail);
  });

  it('refuses malformed JSON, bad queries and bad mark-fp bodies with 400 {detail}', async () => {
    const malformed = await world.call('POST', WAIVERS, owner(), {
      payload: '{"rule": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.statusCode).toBe(400);
    expect(Object.keys(malformed.json())).toEqual(['detail']);
    expect((await refusal('GET', `${WAIVERS}?include_expired=maybe`, world.member.OWNER))[0]).toBe(400);
    expect((await refusal('GET', `${WAIVERS}?repo_id=-1`, world.member.OWNER))[0]).toBe(400);
    const markFp = '/api/quality/findings/mark-fp';
    expect(await refusal('POST', markFp, world.member.OWNER, { issue_id: finding, is_fp: true })).toEqual([
      400,
      'reason: why the issue is a false positive or ignored',
    ]);
    expect((await refusal('POST', markFp, world.member.OWNER, { issue_id: finding }))[0]).toBe(400);
    expect((await refusal('POST', markFp, world.member.OWNER, { issue_id: true, is_fp: true }))[0]).toBe(400);
  });

  it('answers 404 for what does not exist, and 409 when evaluating a scan without results', async () => {
    const token = world.member.OWNER;
    expect(await refusal('GET', '/api/quality/gates/status/999999', token)).toEqual([404, 'Scan not found']);
    expect(await refusal('POST', '/api/quality/gates/evaluate/999999', token)).toEqual([404, 'Scan not found']);
    expect(await refusal('POST', `${WAIVERS}/999999/revoke`, token)).toEqual([404, 'Waiver not found']);
    expect(await refusal('POST', '/api/quality/gates/rebuild-baseline/999999', token)).toEqual([
      404,
      'Repository not found',
    ]);
    expect(
      await refusal('POST', WAIVERS, token, { rule: 'new_high_max', reason: 'x', repo_id: world.site.id }),
    ).toEqual([404, 'Repository not found']);
    const unknownIssue = { issue_id: '00000000-0000-4000-8000-000000000000', is_fp: true, reason: 'x' };
    expect(await refusal('POST', '/api/quality/findings/mark-fp', token, unknownIssue)).toEqual([
      404,
      'Issue not found',
    ]);
    expect(await refusal('POST', `/api/quality/gates/evaluate/${running}`, token)).toEqual([
      409,
      'the analysis has no results: it is new',
    ]);
    expect((await world.call('GET', `/api/quality/gates/status/${running}`, owner())).json().status).toBeNull();
  });

  it('revokes a waiver once: a second revoke answers the first time', async () => {
    const first = await world.call('POST', `${WAIVERS}/${waiver}/revoke`, owner());
    const second = await world.call('POST', `${WAIVERS}/${waiver}/revoke`, owner());
    expect(first.json()).toEqual({ id: waiver, revoked: true, revoked_at: expect.any(String) });
    expect(second.json()).toEqual(first.json());
  });
});
