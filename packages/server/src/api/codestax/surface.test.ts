import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getGateConfig } from '../../domain/gates/index.js';
import { hourlyLimitOf } from '../../domain/rate-limits/index.js';
import { listApiKeys } from '../../domain/tokens/index.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { documentedRoutes, routeOf } from '../../../test/support/route-table.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { bearer, openWorld, type Credential, type World } from './world.case.js';

/** Every CodeStax route, with the scan, API key and repository of acme it names; login and health take none. */
function routes(scan: number, key: number, repo: number): [string, string, object?][] {
  return [
    ['GET', '/api/quality/gates/config'],
    ['PUT', '/api/quality/gates/config', { policy: { new_critical_max: 7 } }],
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
const NAMING_AN_OBJECT = /\/(ratings|tech-debt|scans|coverage|trigger)\/\d|api-keys\/\d/;

describe(`the CodeStax surface on ${TEST_DRIVER}`, () => {
  let world: World;
  let scan: number;
  let key: number;
  /** globex's owner, with every credential this surface takes. */
  let intruders: [string, Credential][];

  beforeAll(async () => {
    world = await openWorld();
    const files = { 'a.py': PYTHON_WITH_FINDINGS };
    scan = (await storeEngineAnalysis(world.testApp.store.db, world.web, files, { kind: 'branch', branch: 'main' })).id;
    const created = await world.call('POST', '/api/auth/api-keys', bearer(world.member.OWNER), {
      payload: { name: 'acme ci', role: 'ADMIN' },
    });
    key = created.json().id;
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
    const covered = routes(scan, key, world.web.id).map(([method, url]) => routeOf(surface, method, url));
    expect([...covered, ...WITHOUT_CREDENTIAL].sort()).toEqual(surface);
  });

  it('answers 401 {detail} without a credential on every route but login and health', async () => {
    for (const [method, url, payload] of routes(scan, key, world.web.id)) {
      const response = await world.call(method, url, undefined, payload ? { payload } : {});
      expect([response.statusCode, response.json()], `${method} ${url}`).toEqual([
        401,
        { detail: 'Not authenticated' },
      ]);
    }
  });

  it("answers 404 to another organization's every credential on each route naming acme's scan or key", async () => {
    for (const [kind, credential] of intruders)
      for (const [method, url, payload] of routes(scan, key, world.web.id).filter(([, url]) =>
        NAMING_AN_OBJECT.test(url),
      )) {
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
      for (const [method, url, payload] of routes(scan, key, world.web.id).filter(
        ([, url]) => !NAMING_AN_OBJECT.test(url),
      )) {
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
    expect(keys.map((item) => [item.id, item.revokedAt])).toEqual([[key, null]]);
  });
});
