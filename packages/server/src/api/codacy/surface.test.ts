import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, type Project } from '../../domain/projects/index.js';
import { listProjectTokens } from '../../domain/tokens/index.js';
import { documentedRoutes, routeOf } from '../../../test/support/route-table.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';

let harness: TestApp;
let acme: Tenant;
let rival: Tenant;
let website: Project;
let acmeTokenId: number;

const ACME = '/api/v3/organizations/gh/acme';

beforeAll(async () => {
  harness = await openTestApp();
  acme = await createTenant(harness.store, 'acme');
  rival = await createTenant(harness.store, 'rival');
  website = await createProject(harness.store.db, acme.owner, { provider: 'g', owner: 'acme', name: 'website' });
  await createProject(harness.store.db, rival.owner, { provider: 'g', owner: 'rival', name: 'website' });
  const created = await harness.app.inject({
    method: 'POST',
    url: `${ACME}/repositories/website/tokens`,
    headers: { 'api-token': acme.ownerUserToken },
  });
  acmeTokenId = created.json().data.id;
});
afterAll(() => harness.close());

describe('the Codacy surface', () => {
  it.each([
    ['GET', '/api/v3/nope'],
    ['GET', `${ACME}/repositories/website`],
    ['PUT', `${ACME}/repositories/website/tokens`],
  ] as const)('answers an unknown route (%s %s) with 404 {message}', async (method, url) => {
    const response = await harness.app.inject({ method, url, headers: { 'api-token': acme.ownerUserToken } });
    expect([response.statusCode, response.json()]).toEqual([404, { message: `Endpoint not found: ${method} ${url}` }]);
  });

  it('puts every route in /api/openapi.json under the codacy tag, with its error responses', async () => {
    const document = (await harness.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags?: string[]; responses: Record<string, unknown> }>>;
    };
    const operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/api/v3/'))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
      );
    const base = '/api/v3/organizations/{provider}/{remoteOrganizationName}/repositories';
    expect(operations.map(({ route }) => route).sort()).toEqual([
      `DELETE ${base}/{repositoryName}/tokens/{tokenId}`,
      `GET ${base}`,
      `GET ${base}/{repositoryName}/tokens`,
      `POST ${base}/{repositoryName}/tokens`,
    ]);
    for (const { route, operation } of operations) {
      expect(operation.tags, route).toEqual(['codacy']);
      expect(Object.keys(operation.responses), route).toEqual(expect.arrayContaining(['400', '401', '403', '404']));
    }
  });
});

describe("another organization's user", () => {
  /** Every route of acme's; a rival's owner gets 404 on each, exactly as for an organization that does not exist. */
  const ROUTES = [
    { route: 'GET /repositories', method: 'GET', url: () => `${ACME}/repositories` },
    { route: 'POST /tokens', method: 'POST', url: () => `${ACME}/repositories/website/tokens` },
    { route: 'GET /tokens', method: 'GET', url: () => `${ACME}/repositories/website/tokens` },
    {
      route: 'DELETE /tokens/{tokenId}',
      method: 'DELETE',
      url: () => `${ACME}/repositories/website/tokens/${acmeTokenId}`,
    },
  ] as const;

  it.each(ROUTES)('$route gets 404 Organization not found', async ({ method, url }) => {
    const response = await harness.app.inject({ method, url: url(), headers: { 'api-token': rival.ownerUserToken } });
    expect([response.statusCode, response.json()]).toEqual([404, { message: 'Organization not found' }]);
  });

  it('covers every route of the surface', async () => {
    const surface = await documentedRoutes(harness.app, (path) => path.startsWith('/api/v3/'));
    expect(ROUTES.map(({ method, url }) => routeOf(surface, method, url())).sort()).toEqual(surface);
  });

  it("changed nothing of acme's: its one token is still live", async () => {
    expect(
      (await listProjectTokens(harness.store.db, acme.owner, website, { limit: 100 })).items.map((token) => token.id),
    ).toEqual([acmeTokenId]);
  });
});
