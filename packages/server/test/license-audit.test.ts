import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../src/domain/analyses/index.js';
import { createProject, type Project } from '../src/domain/projects/index.js';
import { checkEveryQodanaResponse } from './support/qodana-spec.js';
import { storeEngineAnalysis } from './support/stored-analysis.js';
import { openTestApp, type TestApp } from './support/test-app.js';
import { TEST_DRIVER } from './support/test-store.js';
import { createTenant, type Tenant } from './support/tenant-fixture.js';

// A lockfile as npm writes it: one dependency each of MIT, WTFPL, AGPL-3.0-only and a dual license.
const PACKAGE_LOCK = JSON.stringify(
  {
    name: 'shop',
    version: '1.0.0',
    lockfileVersion: 3,
    packages: {
      '': { name: 'shop', version: '1.0.0', license: 'MIT' },
      'node_modules/fine': { version: '1.0.0', license: 'MIT' },
      'node_modules/left-pad': { version: '1.3.0', license: 'WTFPL' },
      'node_modules/copyleft': { version: '2.0.0', license: 'AGPL-3.0-only' },
      'node_modules/dual': { version: '0.1.0', license: '(MIT OR GPL-3.0-only)' },
    },
  },
  null,
  2,
);
const SHOP = {
  'package.json': '{ "name": "shop", "version": "1.0.0", "license": "MIT" }\n',
  'package-lock.json': PACKAGE_LOCK,
};

interface LicenseEntry {
  name: string;
  spdx: string | null;
  filename: string;
  line: number;
  denied: boolean;
}
interface InspectionLicenses {
  audited: boolean;
  policy: { allowed: string[]; denied: string[] } | null;
  denied_count: number;
  project: LicenseEntry[];
  dependencies: LicenseEntry[];
}

describe(`the license audit on the server, on ${TEST_DRIVER}`, () => {
  let harness: TestApp;
  let qodanaViolations: string[] = [];
  let acme: Tenant;
  let rival: Tenant;
  let shop: Project;
  let viewerToken: string;

  beforeAll(async () => {
    harness = await openTestApp((app) => {
      qodanaViolations = checkEveryQodanaResponse(app);
    });
    acme = await createTenant(harness.store, 'acme-licenses');
    rival = await createTenant(harness.store, 'rival-licenses');
    shop = await createProject(harness.store.db, acme.owner, { provider: 'gp', name: 'shop-licenses' });
    viewerToken = await acme.memberUserToken('viewer@acme-licenses.example', 'VIEWER');
  }, 120_000);
  afterAll(() => harness.close());

  const call = (method: 'GET' | 'PUT', url: string, token: string, payload?: unknown) =>
    harness.app.inject({
      method,
      url: `/api${url}?access_token=${token}`,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const policyUrl = (slug: string) => `/organizations/${slug}/license-policy`;
  const putPolicy = (payload: unknown, token = acme.ownerUserToken) =>
    call('PUT', policyUrl('acme-licenses'), token, payload);
  const licensesOf = (analysis: Analysis, token = acme.ownerUserToken) =>
    call('GET', `/repositories/gp/shop-licenses/inspections/${analysis.uuid}/licenses`, token);
  const qodana = (url: string, payload?: unknown) =>
    harness.app.inject({
      method: payload === undefined ? 'GET' : 'POST',
      url: `/api/v1/public/organizations${url}`,
      headers: { authorization: `Bearer ${acme.adminOrganizationToken}` },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const projectAudit = async () => {
    const report = (await qodana(`/projects/${shop.uuid}`)).json() as {
      latestFullScanReport: { licenseAudit: unknown };
    };
    const insights = (await qodana('/project-insights/query', { includeProjectIds: [shop.uuid] })).json() as {
      projects: { licenseAudit: unknown }[];
    };
    return { report: report.latestFullScanReport.licenseAudit, insights: insights.projects[0]!.licenseAudit };
  };
  const analyze = (files: Record<string, string>, repositoryConfig?: string) =>
    storeEngineAnalysis(
      harness.store.db,
      shop,
      { ...files, ...(repositoryConfig === undefined ? {} : { '.plumb.yml': repositoryConfig }) },
      { kind: 'branch', branch: 'main' },
      { defaultBranch: 'main', ...(repositoryConfig === undefined ? {} : { repositoryConfig }) },
    );

  it('keeps no policy until an owner or admin sets one, which any member reads', async () => {
    const none = await call('GET', policyUrl('acme-licenses'), viewerToken);
    expect([none.statusCode, none.json()]).toEqual([200, { allowed: [], denied: [], configured: false }]);
    const byViewer = await putPolicy({ denied: ['AGPL-3.0-only'] }, viewerToken);
    expect(byViewer.statusCode).toBe(403);
    expect(byViewer.json().message).toMatch(/changing the license policy needs one of the roles OWNER, ADMIN/);
    const saved = await putPolicy({ denied: ['AGPL-3.0-only', 'GPL-3.0-only', 'AGPL-3.0-only'] });
    expect([saved.statusCode, saved.json()]).toEqual([
      200,
      { allowed: [], denied: ['AGPL-3.0-only', 'GPL-3.0-only'], configured: true },
    ]);
    expect((await call('GET', policyUrl('acme-licenses'), viewerToken)).json()).toEqual(saved.json());
  });

  it('refuses a policy that names no SPDX license, naming the entry, and keeps the one saved', async () => {
    const misspelt = await putPolicy({ allowed: ['MIT'], denied: ['AGPL-3.0-only', 'GPLv3'] });
    expect(misspelt.statusCode).toBe(400);
    expect(misspelt.json().message).toContain('denied[1]');
    expect(misspelt.json().message).toContain('"GPLv3"');
    const notAList = await putPolicy({ allowed: 'MIT' });
    expect(notAList.statusCode).toBe(400);
    expect(notAList.json().message).toMatch(/allowed/);
    const notAString = await putPolicy({ denied: [42] });
    expect(notAString.statusCode).toBe(400);
    expect(notAString.json().message).toMatch(/denied/);
    const kept = await call('GET', policyUrl('acme-licenses'), acme.ownerUserToken);
    expect(kept.json()).toEqual({ allowed: [], denied: ['AGPL-3.0-only', 'GPL-3.0-only'], configured: true });
  });

  it("stores each analysis's audit with what the organization's policy refuses, and Qodana reports it", async () => {
    const analysis = await analyze(SHOP);
    const response = await licensesOf(analysis);
    expect(response.statusCode).toBe(200);
    const audit = response.json() as InspectionLicenses;
    expect(audit).toMatchObject({
      audited: true,
      policy: { allowed: [], denied: ['AGPL-3.0-only', 'GPL-3.0-only'] },
      denied_count: 1,
    });
    expect(audit.project.map((entry) => `${entry.filename} ${entry.spdx}`)).toContain('package.json MIT');
    expect(audit.dependencies.map((entry) => `${entry.name} ${entry.spdx} ${entry.denied}`)).toEqual([
      'copyleft AGPL-3.0-only true',
      'dual (MIT OR GPL-3.0-only) false',
      'fine MIT false',
      'left-pad WTFPL false',
    ]);
    expect(audit.dependencies[0]).toMatchObject({ filename: 'package-lock.json', line: expect.any(Number) });
    expect(await projectAudit()).toEqual({
      report: { isEnabled: true, isPassed: false },
      insights: { isEnabled: true, isPassed: false },
    });
  }, 120_000);

  it(".plumb.yml's lists replace the organization's of the same name", async () => {
    const analysis = await analyze(SHOP, 'licenses:\n  denied: [WTFPL]\n');
    const audit = (await licensesOf(analysis)).json() as InspectionLicenses;
    expect(audit.policy).toEqual({ allowed: [], denied: ['WTFPL'] });
    expect(audit.dependencies.filter((entry) => entry.denied).map((entry) => entry.name)).toEqual(['left-pad']);
    const passing = await analyze(SHOP, 'licenses:\n  denied: [SSPL-1.0]\n');
    expect(((await licensesOf(passing)).json() as InspectionLicenses).denied_count).toBe(0);
    expect(await projectAudit()).toEqual({
      report: { isEnabled: true, isPassed: true },
      insights: { isEnabled: true, isPassed: true },
    });
  }, 120_000);

  it('reports the audit off once no policy holds the analysis', async () => {
    const cleared = await putPolicy({});
    expect(cleared.json()).toEqual({ allowed: [], denied: [], configured: false });
    const analysis = await analyze(SHOP);
    const audit = (await licensesOf(analysis)).json() as InspectionLicenses;
    expect(audit).toMatchObject({ audited: true, policy: null, denied_count: 0 });
    expect(audit.dependencies).toHaveLength(4);
    expect(await projectAudit()).toEqual({ report: { isEnabled: false }, insights: { isEnabled: false } });
    expect(qodanaViolations).toEqual([]);
  }, 120_000);

  it("keeps another organization's policy and audits invisible", async () => {
    const [analysis] = await harness.store.db.query.analyses.findMany({
      where: (row, { eq }) => eq(row.projectId, shop.id),
      limit: 1,
    });
    const foreignPolicy = await call('GET', policyUrl('acme-licenses'), rival.ownerUserToken);
    expect(foreignPolicy.statusCode).toBe(404);
    expect((await call('PUT', policyUrl('acme-licenses'), rival.ownerUserToken, { denied: ['MIT'] })).statusCode).toBe(
      404,
    );
    expect((await licensesOf(analysis!, rival.ownerUserToken)).statusCode).toBe(404);
    const rivalPolicy = await call('GET', policyUrl('rival-licenses'), rival.ownerUserToken);
    expect(rivalPolicy.json()).toEqual({ allowed: [], denied: [], configured: false });
    const unknown = await call('GET', '/repositories/gp/shop-licenses/inspections/not-a-uuid/licenses', viewerToken);
    expect(unknown.statusCode).toBe(404);
  });
});
