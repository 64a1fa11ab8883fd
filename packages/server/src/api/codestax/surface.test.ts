import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getGateConfig, listWaivers } from '../../domain/gates/index.js';
import { hourlyLimitOf } from '../../domain/rate-limits/index.js';
import { listApiKeys } from '../../domain/tokens/index.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { documentedRoutes, routeOf } from '../../../test/support/route-table.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { bearer, openWorld, type Credential, type World } from './world.case.js';

/** acme's objects the routes name: a scan, an API key, a waiver, a finding of the scan. */
interface Named {
  scan: number;
  key: number;
  waiver: number;
  finding: number;
  repo: number;
}

/** Every CodeStax route, with the objects of acme it names; login and health take no credential. */
function routes({ scan, key, waiver, finding, repo }: Named): [string, string, object?][] {
  return [
    ['GET', '/api/quality/gates/config'],
    ['PUT', '/api/quality/gates/config', { policy: { new_critical_max: 7 } }],
    ['GET', `/api/quality/gates/status/${scan}`],
    ['POST', `/api/quality/gates/evaluate/${scan}`],
    ['GET', '/api/quality/gates/waivers'],
    ['POST', '/api/quality/gates/waivers', { rule: 'new_high_max', reason: 'intruder' }],
    ['POST', `/api/quality/gates/waivers/${waiver}/revoke`],
    ['POST', `/api/quality/gates/rebuild-baseline/${repo}`],
    ['POST', '/api/quality/findings/mark-fp', { issue_id: finding, is_fp: true, reason: 'intruder' }],
    ['GET', `/api/quality/ratings/${scan}`],
    ['GET', `/api/quality/tech-debt/${scan}`],
    ['POST', '/api/quality/coverage/upload', { scan_id: scan }],
    ['GET', `/api/quality/coverage/${scan}`],
    ['GET', '/api/scans'],
    ['GET', `/api/scans/${scan}`],
    ['GET', `/api/scans/${scan}/issues`],
    ['POST', `/api/scans/trigger/${repo}`, { type: 'deep' }],
    ['POST', '/api/auth/logout'],
    ['POST', '/api/auth/change-password', { new_password: 'intruder password' }],
    ['GET', '/api/auth/api-keys'],
    ['POST', '/api/auth/api-keys', { name: 'intruder' }],
    ['POST', `/api/auth/api-keys/${key}/revoke`],
    ['GET', '/api/auth/rate-limits'],
    ['PUT', '/api/auth/rate-limits', { hourly_limit: 500 }],
  ];
}
const WITHOUT_CREDENTIAL = ['POST /api/auth/login', 'GET /api/health'];
/** The routes that name an object of acme: another organization's caller must get 404 from them. */
const NAMING_AN_OBJECT =
  /\/(ratings|tech-debt|scans|coverage|trigger|status|evaluate|rebuild-baseline)\/\d|(api-keys|waivers)\/\d|mark-fp/;

describe(`the CodeStax surface on ${TEST_DRIVER}`, () => {
  let world: World;
  let named: Named;
  /** globex's owner, with every credential this surface takes. */
  let intruders: [string, Credential][];

  beforeAll(async () => {
    world = await openWorld();
    const files = { 'a.py': PYTHON_WITH_FINDINGS };
    const scan = (
      await storeEngineAnalysis(world.testApp.store.db, world.web, files, { kind: 'branch', branch: 'main' })
    ).id;
    const owner = bearer(world.member.OWNER);
    const created = await world.call('POST', '/api/auth/api-keys', owner, {
      payload: { name: 'acme ci', role: 'ADMIN' },
    });
    const waiver = await world.call('POST', '/api/quality/gates/waivers', owner, {
      payload: { rule: 'new_high_max', reason: 'acme legacy', repo_id: world.web.id },
    });
    const issues = await world.call('GET', `/api/scans/${scan}/issues`, owner);
    const finding = issues.json().issues[0].id;
    named = { scan, key: created.json().id, waiver: waiver.json().id, finding, repo: world.web.id };
    const globex = bearer(world.globex.ownerUserToken);
    const password = { new_password: 'globex password' };
    expect((await world.call('POST', '/api/auth/change-password', globex, { payload: password })).statusCode).toBe(200);
    const session = await world.call('POST', '/api/auth/login', undefined, {
      payload: { email: 'owner@globex.example', password: 'globex password' },
    });
    const apiKey = await world.call('POST', '/api/auth/api-keys', globex, { payload: { name: 'g', role: 'ADMIN' } });
    intruders = [
      ['user token', globex],
      ['organization token', bearer(world.globex.adminOrganizationToken)],
      ['session token', bearer(session.json().access_token)],
      ['API key', { apiKey: apiKey.json().key }],
    ];
  });
  afterAll(() => world.close());

  it('documents every route, and these tests cover each', async () => {
    const surface = await documentedRoutes(world.testApp.app, (_path, tags) => tags.includes('codestax'));
    const covered = routes(named).map(([method, url]) => routeOf(surface, method, url));
    expect([...covered, ...WITHOUT_CREDENTIAL].sort()).toEqual(surface);
  });

  it('answers 401 {detail} without a credential on every route but login and health', async () => {
    for (const [method, url, payload] of routes(named)) {
      const response = await world.call(method, url, undefined, payload ? { payload } : {});
      expect([response.statusCode, response.json()], `${method} ${url}`).toEqual([
        401,
        { detail: 'Not authenticated' },
      ]);
    }
  });

  it("answers 404 to another organization's every credential on each route naming acme's scan or key", async () => {
    for (const [kind, credential] of intruders)
      for (const [method, url, payload] of routes(named).filter(([, url]) => NAMING_AN_OBJECT.test(url))) {
        const response = await world.call(method, url, credential, payload ? { payload } : {});
        // Keys and organization tokens may manage no key at all: refused before any key is looked up.
        const keyless = kind === 'organization token' || kind === 'API key';
        const status = url.includes('/api-keys/') && keyless ? 403 : 404;
        expect([response.statusCode, Object.keys(response.json())], `${kind}: ${method} ${url}`).toEqual([
          status,
          ['detail'],
        ]);
      }
  });

  it("leaves acme's gate and keys as they were: the other routes act in the caller's own organization", async () => {
    for (const [, credential] of intruders)
      for (const [method, url, payload] of routes(named).filter(([, url]) => !NAMING_AN_OBJECT.test(url))) {
        if (url.endsWith('/logout') || url.endsWith('/change-password')) continue;
        const response = await world.call(method, url, credential, payload ? { payload } : {});
        if (response.statusCode === 200 && 'org_id' in response.json())
          expect(response.json().org_id, `${method} ${url}`).toBe(world.globex.organization.id);
        if (url === '/api/scans') expect(response.json().total).toBe(0);
      }
    expect(await getGateConfig(world.testApp.store.db, world.acme.owner)).toMatchObject({ configured: false });
    expect(await hourlyLimitOf(world.testApp.store.db, world.acme.organization.id)).toMatchObject({
      configured: false,
    });
    const keys = await listApiKeys(world.testApp.store.db, world.acme.owner);
    expect(keys.map((item) => [item.id, item.revokedAt])).toEqual([[named.key, null]]);
    const waivers = await listWaivers(world.testApp.store.db, world.acme.owner, {
      includeExpired: true,
      includeRevoked: true,
    });
    expect(waivers.map((item) => [item.id, item.revokedAt])).toEqual([[named.waiver, null]]);
    const issues = await world.call('GET', `/api/scans/${named.scan}/issues`, bearer(world.member.OWNER));
    expect(issues.json().issues.map((issue: { status: string }) => issue.status)).not.toContain('false_positive');
  });
});
