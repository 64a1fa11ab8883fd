import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { bearer, openWorld, type World } from './world.case.js';

const URL = '/api/quality/gates/config';
const DEFAULTS = {
  new_critical_max: 0,
  new_high_max: 2,
  duplication_pct_max: 3,
  complexity_new_max: 15,
  rating_min: 'C',
  new_coverage_min: 80,
};
/** The seed's PUT example. */
const SEED_PUT = {
  policy: { new_critical_max: 0, new_high_max: 0, new_coverage_min: 85, rating_min: 'B' },
  enabled: true,
  block_merge_on_fail: false,
  applies_to_new_code_only: true,
};

describe(`CodeStax gate configuration on ${TEST_DRIVER}`, () => {
  let world: World;
  const put = (payload: unknown, token = world.member.OWNER) =>
    world.call('PUT', URL, bearer(token), { payload: payload as object });
  const get = async (token = world.member.OWNER) => {
    const response = await world.call('GET', URL, bearer(token));
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  beforeAll(async () => {
    world = await openWorld();
  });
  afterAll(() => world.close());

  it('answers the defaults with configured: false before any save, to any member', async () => {
    expect(await get(world.member.BILLING)).toEqual({
      org_id: world.acme.organization.id,
      enabled: true,
      block_merge_on_fail: false,
      applies_to_new_code_only: true,
      policy: DEFAULTS,
      policy_version: 'v0',
      configured: false,
    });
  });

  it("saves the seed's example: unset keys take the default, and GET shows it configured at v1", async () => {
    const response = await put(SEED_PUT);
    expect(response.statusCode).toBe(200);
    const policy = { ...DEFAULTS, new_high_max: 0, new_coverage_min: 85, rating_min: 'B' };
    expect(response.json()).toEqual({ org_id: world.acme.organization.id, saved: true, policy });
    expect(await get()).toMatchObject({ policy, policy_version: 'v1', configured: true });
  });

  it('keeps the version when a save changes nothing, and raises it when one does', async () => {
    expect((await put(SEED_PUT)).statusCode).toBe(200);
    expect((await get()).policy_version).toBe('v1');
    expect((await put({ ...SEED_PUT, block_merge_on_fail: true })).statusCode).toBe(200);
    expect(await get()).toMatchObject({ block_merge_on_fail: true, policy_version: 'v2' });
  });

  it('drops unknown policy keys and fills left-out keys from the defaults, not from the previous save', async () => {
    const response = await put({ policy: { new_critical_max: 3, max_bananas: 7 }, extra: 'ignored' });
    expect(response.statusCode).toBe(200);
    expect(response.json().policy).toEqual({ ...DEFAULTS, new_critical_max: 3 });
    expect(await get()).toMatchObject({ policy: { ...DEFAULTS, new_critical_max: 3 }, block_merge_on_fail: false });
  });

  it('answers 400 {detail} for malformed JSON, naming what was wrong', async () => {
    const response = await world.call('PUT', URL, bearer(world.member.OWNER), {
      payload: '{"policy": {"new_critical_max": 0,}',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json())).toEqual(['detail']);
    expect(response.json().detail).toMatch(/JSON/);
  });

  it.each([
    [{ policy: { new_critical_max: 'abc' } }, 'policy.new_critical_max: expected an integer of at least 0'],
    [{ policy: { new_critical_max: '5' } }, 'policy.new_critical_max: expected an integer of at least 0'],
    [{ policy: { new_high_max: -1 } }, 'policy.new_high_max: expected an integer of at least 0'],
    [{ policy: { new_high_max: 1.5 } }, 'policy.new_high_max: expected an integer of at least 0'],
    [{ policy: { duplication_pct_max: true } }, 'policy.duplication_pct_max: expected a number from 0 to 100'],
    [{ policy: { new_coverage_min: 120 } }, 'policy.new_coverage_min: expected a number from 0 to 100'],
    [{ policy: { complexity_new_max: 0 } }, 'policy.complexity_new_max: expected an integer of at least 1'],
    [{ policy: { rating_min: 'F' } }, 'policy.rating_min: expected one of A, B, C, D, E'],
    [{ policy: [1, 2] }, 'policy: expected a JSON object'],
    [{ policy: 'strict' }, 'policy: expected a JSON object'],
    [{ enabled: 'yes' }, 'enabled: expected true or false'],
    [{ block_merge_on_fail: 1 }, 'block_merge_on_fail: expected true or false'],
  ])('answers 400 for %j: %s', async (payload, detail) => {
    const before = await get();
    const response = await put(payload);
    expect([response.statusCode, response.json()]).toEqual([400, { detail }]);
    expect(await get()).toEqual(before);
  });

  it('answers 400 for a body that is not a JSON object', async () => {
    const response = await put([SEED_PUT]);
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/^body/);
  });

  it('lets an ADMIN and an ADMIN organization token save, and refuses every other role with 403', async () => {
    expect((await put(SEED_PUT, world.member.ADMIN)).statusCode).toBe(200);
    expect((await put(SEED_PUT, world.acme.adminOrganizationToken)).statusCode).toBe(200);
    const viewerOrgToken = await world.acme.organizationToken('VIEWER');
    for (const token of [world.member.EDITOR, world.member.VIEWER, world.member.BILLING, viewerOrgToken]) {
      const response = await put({ policy: { new_critical_max: 9 } }, token);
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ detail: 'changing the quality gate needs one of the roles OWNER, ADMIN' });
    }
    expect((await get()).policy.new_critical_max).not.toBe(9);
  });

  it("keeps each organization's gate to itself", async () => {
    expect((await put({ policy: { new_critical_max: 4 } })).statusCode).toBe(200);
    expect(await get(world.globex.ownerUserToken)).toMatchObject({
      org_id: world.globex.organization.id,
      configured: false,
      policy: DEFAULTS,
    });
  });
});
