import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOfAnalysis, putArtifact, type Analysis } from '../../domain/analyses/index.js';
import { createConfig } from '../../domain/configs/index.js';
import { documentedRoutes, routeOf } from '../../../test/support/route-table.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { PYTHON, repositoryOf, storeAnalysis } from './analyses.case.js';
import { openWorld, type World } from './world.case.js';

// Every route that names one of acme's objects; globex's owner must get 404 from each, and acme must be unchanged.
function acmeRoutes(
  team: string,
  config: string,
  member: string,
  inspection: string,
  index: number,
  hook: string,
  reportDate: string,
): [string, string, object?][] {
  const org = '/api/organizations/acme';
  const teamPath = `${org}/teams/${team}`;
  const repositoryForms = ['g/acme/web', 'b/acme/bucket', 'gl/gitlab-com/acme/lab', 'gp/plain'];
  return [
    ['GET', `${org}/repositories`],
    ['GET', `${org}/reports`],
    ['PUT', `${org}/repositories`, { repository: 'g/globex/site' }],
    ...repositoryForms.map((path): [string, string] => ['DELETE', `${org}/repositories/${path}`]),
    ['GET', `${org}/members`],
    ['PUT', `${org}/members`, { email: 'intruder@globex.test', role: 'admin' }],
    ['DELETE', `${org}/members/${member}`],
    ['GET', `${org}/configs`],
    ['GET', `${org}/configs/${config}`],
    ['GET', `${org}/license-policy`],
    ['PUT', `${org}/license-policy`, { denied: ['MIT'] }],
    ['GET', `${org}/teams`],
    ['POST', `${org}/teams`, { name: 'Intruders' }],
    ['GET', teamPath],
    ['DELETE', teamPath],
    ['GET', `${teamPath}/members`],
    ['PUT', `${teamPath}/members`, { email: 'intruder@globex.test' }],
    ['DELETE', `${teamPath}/members/${member}`],
    ['GET', `${teamPath}/permissions`],
    ...repositoryForms.flatMap((path): [string, string, object?][] => [
      ['PUT', `${teamPath}/permissions/${path}`, { access: 'admin' }],
      ['DELETE', `${teamPath}/permissions/${path}`],
    ]),
    ...repositoryForms.map((path): [string, string] => ['GET', `/api/repositories/${path}`]),
    ...repositoryForms.flatMap((path): [string, string, object?][] =>
      inspectionRoutes(path, inspection, index, hook, reportDate),
    ),
    ['POST', '/api/repositories/g', { name: 'intruder/repo', organization: 'acme' }],
    ['POST', '/api/repositories/b', { name: 'intruder/repo', organization: 'acme' }],
    ['POST', '/api/repositories/gl', { name: 'intruder/repo', organization: 'acme' }],
    [
      'POST',
      '/api/repositories/gp',
      { name: 'intruder', git_url: 'git@host.test:intruder.git', ssh_key: 'key', organization: 'acme' },
    ],
  ];
}

/** The inspection, index, hook and report routes of one repository path form, naming one of acme's of each. */
function inspectionRoutes(
  path: string,
  inspection: string,
  index: number,
  hook: string,
  reportDate: string,
): [string, string, object?][] {
  const repository = `/api/repositories/${path}`;
  const one = `${repository}/inspections/${inspection}`;
  return [
    ['GET', `${repository}/inspections`],
    ['POST', `${repository}/inspections`, { branch: 'main' }],
    ['GET', one],
    ['POST', `${one}/cancel`],
    ['GET', `${one}/artifacts`],
    ['GET', `${one}/artifacts/plumb/analysis.log`],
    ['GET', `${one}/licenses`],
    ['GET', `${repository}/indices/${index}`],
    ['GET', `${repository}/indices/${index}/issues?severities[]=major`],
    ['GET', `${repository}/hooks`],
    ['POST', `${repository}/hooks`, { url: 'https://intruder.test/' }],
    ['DELETE', `${repository}/hooks/${hook}`],
    ['GET', `${repository}/hooks/${hook}/deliveries`],
    ['GET', `${repository}/reports`],
    ['GET', `${repository}/reports/${reportDate}`],
    ['POST', `${repository}/reports`, {}],
    ['PUT', `${repository}/development_report_settings`, { enabled: false }],
  ];
}

/** Routes that name nothing of an organization's: the caller's own data, or none at all. */
const NOT_OF_AN_ORGANIZATION = [
  'GET /api/meta',
  'GET /api/user/configs',
  'GET /api/user/configs/{configUuid}',
  'GET /api/user/repositories',
];

describe(`scrutinizer cross-tenant isolation on ${TEST_DRIVER}`, () => {
  let world: World;
  let routes: [string, string, object?][];
  let analysis: Analysis;
  beforeAll(async () => {
    world = await openWorld();
    const add = async (url: string, payload: object, token = world.owner.token) =>
      expect((await world.call('POST', url, token, payload)).statusCode).toBe(201);
    await add('/api/repositories/g', { name: 'acme/web', organization: 'acme' });
    await add('/api/repositories/b', { name: 'acme/bucket', organization: 'acme' });
    await add('/api/repositories/gl', { name: 'acme/lab', organization: 'acme' });
    await add('/api/repositories/gp', {
      name: 'plain',
      git_url: 'git@host.test:plain.git',
      ssh_key: 'key',
      organization: 'acme',
    });
    await add('/api/repositories/g', { name: 'globex/site', organization: 'globex' }, world.globexOwner.token);
    const team = (await world.call('POST', '/api/organizations/acme/teams', world.owner.token, { name: 'Core' })).json()
      .uuid;
    await world.call('PUT', `/api/organizations/acme/teams/${team}/members`, world.owner.token, {
      email: world.viewer.email,
    });
    await world.call('PUT', `/api/organizations/acme/teams/${team}/permissions/g/acme/web`, world.owner.token, {
      access: 'view',
    });
    const config = await createConfig(world.testApp.store.db, await world.accessOf(world.owner, world.acme), {
      name: 'Shared',
      yaml: 'a: 1\n',
    });
    const web = await repositoryOf(world, world.owner, { provider: 'g', instance: '', owner: 'acme', name: 'web' });
    analysis = await storeAnalysis(world, web, { 'a.py': PYTHON }, 'f'.repeat(40));
    await putArtifact(world.testApp.store.db, analysis.id, {
      name: 'analysis.log',
      contentType: 'text/plain',
      content: Buffer.from('log'),
    });
    const index = (await indexOfAnalysis(world.testApp.store.db, analysis.id))!;
    const hook = await world.call('POST', '/api/repositories/g/acme/web/hooks', world.owner.token, {
      url: 'https://hooks.acme.test/',
    });
    const report = await world.call('POST', '/api/repositories/g/acme/web/reports', world.owner.token, {});
    expect(report.statusCode, report.body).toBe(201);
    const reportDate = report.json().date as string;
    routes = acmeRoutes(team, config.uuid, world.viewer.uuid, analysis.uuid, index.id, hook.json().uuid, reportDate);
  });
  afterAll(async () => world.testApp.close());

  it("answers 404 {message} to another organization's user on every route of acme", async () => {
    expect(routes).toHaveLength(38 + 4 * 17);
    for (const [method, url, payload] of routes) {
      const response = await world.call(method as 'GET', url, world.globexOwner.token, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(Object.keys(response.json()), `${method} ${url}`).toEqual(['message']);
    }
  });

  it('covers every route of the surface but those naming nothing of an organization', async () => {
    const surface = await documentedRoutes(world.testApp.app, (_path, tags) => tags.includes('scrutinizer'));
    const covered = new Set(routes.map(([method, url]) => routeOf(surface, method, url)));
    expect(surface.filter((route) => !covered.has(route) && !NOT_OF_AN_ORGANIZATION.includes(route))).toEqual([]);
  });

  it("shows another organization's user nothing of acme on the routes of the caller's own data", async () => {
    for (const url of ['/api/user/repositories', '/api/user/configs']) {
      const response = await world.call('GET', url, world.globexOwner.token);
      expect(response.statusCode, url).toBe(200);
      expect(response.body, url).not.toMatch(/acme/);
    }
  });

  it('answers 401 {message} without an access token on every route of acme', async () => {
    for (const [method, url, payload] of routes) {
      const response = await world.call(method as 'GET', url, undefined, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(401);
      expect(Object.keys(response.json()), `${method} ${url}`).toEqual(['message']);
    }
  });

  it("lets acme's owner reach the same inspection and index routes, so the 404s above are the tenant's", async () => {
    for (const [method, url] of routes.filter(([m, u]) => m === 'GET' && u.startsWith('/api/repositories/g/acme/web/')))
      expect((await world.call(method as 'GET', url, world.owner.token)).statusCode, url).toBe(200);
  });

  it('answers 404 to a user of no organization on every route of acme', async () => {
    for (const [method, url, payload] of routes) {
      const response = await world.call(method as 'GET', url, world.loner.token, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
  });

  it('left acme untouched', async () => {
    const members = await world.call('GET', '/api/organizations/acme/members', world.owner.token);
    expect(members.json().total).toBe(4);
    const teams = await world.call('GET', '/api/organizations/acme/teams', world.owner.token);
    expect(teams.json()._embedded.teams.map((t: { name: string }) => t.name)).toEqual(['Core']);
    const teamPath = teams.json()._embedded.teams[0]._links.self.href;
    expect((await world.call('GET', `${teamPath}/members`, world.owner.token)).json().total).toBe(1);
    expect(
      (await world.call('GET', `${teamPath}/permissions`, world.owner.token)).json()._embedded.permissions,
    ).toEqual([expect.objectContaining({ access: 'view' })]);
    expect((await world.call('GET', '/api/organizations/acme/repositories', world.owner.token)).json().total).toBe(4);
    const policy = await world.call('GET', '/api/organizations/acme/license-policy', world.owner.token);
    expect(policy.json()).toEqual({ allowed: [], denied: [], configured: false });
    const hooks = await world.call('GET', '/api/repositories/g/acme/web/hooks', world.owner.token);
    expect(hooks.json()._embedded.hooks.map((hook: { url: string }) => hook.url)).toEqual(['https://hooks.acme.test/']);
    const inspections = await world.call('GET', '/api/repositories/g/acme/web/inspections', world.owner.token);
    expect(inspections.json()._embedded.inspections).toEqual([
      expect.objectContaining({ uuid: analysis.uuid, state: 'completed' }),
    ]);
  });

  it('does not let acme reach into globex through a team permission or association', async () => {
    const teamPath = (await world.call('GET', '/api/organizations/acme/teams', world.owner.token)).json()._embedded
      .teams[0]._links.self.href;
    expect(
      (await world.call('PUT', `${teamPath}/permissions/g/globex/site`, world.owner.token, { access: 'admin' }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await world.call('PUT', '/api/organizations/acme/repositories', world.owner.token, {
          repository: 'g/globex/site',
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await world.call('DELETE', '/api/organizations/acme/repositories/g/globex/site', world.owner.token)).statusCode,
    ).toBe(404);
  });
});
