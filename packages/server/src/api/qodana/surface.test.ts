import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectByName, listProjects } from '../../domain/projects/index.js';
import { assertQodanaSchema, checkEveryQodanaResponse } from '../../../test/support/qodana-spec.js';
import { documentedRoutes } from '../../../test/support/route-table.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';

const BASE = '/api/v1/public/organizations';

let harness: TestApp;
let qodanaViolations: string[] = [];
let acme: Tenant;
let rival: Tenant;
let acmeProjectId: string;

beforeAll(async () => {
  harness = await openTestApp((app) => {
    qodanaViolations = checkEveryQodanaResponse(app);
  });
  acme = await createTenant(harness.store, 'acme');
  rival = await createTenant(harness.store, 'rival');
  const created = await harness.app.inject({
    method: 'POST',
    url: `${BASE}/projects`,
    headers: { authorization: `Bearer ${acme.adminOrganizationToken}` },
    payload: { teamName: 'Acme Team', projectName: 'Acme Secret' },
  });
  expect(created.statusCode).toBe(201);
  acmeProjectId = (await findProjectByName(harness.store.db, acme.owner, 'Acme Secret'))!.uuid;
});
afterAll(() => harness.close());

const asRival = (method: 'GET' | 'POST', url: string, payload?: object) =>
  harness.app.inject({
    method,
    url: `${BASE}${url}`,
    headers: { authorization: `Bearer ${rival.adminOrganizationToken}` },
    ...(payload ? { payload } : {}),
  });

describe('the Qodana surface', () => {
  it.each([
    ['GET', '/nope'],
    ['DELETE', '/projects'],
    ['GET', '/projects/a/b'],
    ['GET', ''],
  ] as const)('answers an unknown route (%s %s) with 404 in the {name, details} envelope', async (method, path) => {
    const response = await harness.app.inject({
      method,
      url: `${BASE}${path}`,
      headers: { authorization: `Bearer ${acme.adminOrganizationToken}` },
    });
    expect(response.statusCode).toBe(404);
    assertQodanaSchema('APIError', response.json());
    expect(response.json()).toEqual({ name: 'UNKNOWN', details: `Endpoint not found: ${method} ${BASE}${path}` });
  });

  it('puts every route in /api/openapi.json under the qodana tag, with its error responses', async () => {
    const document = (await harness.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, { tags?: string[]; responses: Record<string, unknown> }>>;
    };
    const operations = Object.entries(document.paths)
      .filter(([path]) => path.startsWith(BASE))
      .flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
      );
    expect(operations.map(({ route }) => route).sort()).toEqual([
      `GET ${BASE}/inspections`,
      `GET ${BASE}/projects`,
      `GET ${BASE}/projects/{projectId}`,
      `GET ${BASE}/users`,
      `POST ${BASE}/inspection-insights/query`,
      `POST ${BASE}/project-insights/query`,
      `POST ${BASE}/projects`,
    ]);
    for (const { route, operation } of operations) {
      expect(operation.tags, route).toEqual(['qodana']);
      expect(Object.keys(operation.responses), route).toEqual(expect.arrayContaining(['200', '400', '401', '403']));
    }
  });
});

describe("another organization's token", () => {
  /** Every route, and what a rival organization's ADMIN token gets from it: never anything of acme's. */
  const ROUTES = [
    {
      route: 'GET /projects?projectName=',
      call: () => asRival('GET', '/projects?projectName=Acme%20Secret'),
      status: 404,
      body: () => ({ name: 'NO_PROJECT', details: "Project 'Acme Secret' not found." }),
    },
    {
      route: 'GET /projects/{projectId}',
      call: () => asRival('GET', `/projects/${acmeProjectId}`),
      status: 404,
      body: () => ({ name: 'NO_PROJECT', details: `Project with ID '${acmeProjectId}' not found.` }),
    },
    { route: 'GET /users', call: () => asRival('GET', '/users'), status: 200 },
    { route: 'GET /inspections', call: () => asRival('GET', '/inspections'), status: 200 },
    {
      route: 'POST /project-insights/query',
      call: () => asRival('POST', '/project-insights/query', { includeProjectIds: [acmeProjectId] }),
      status: 200,
      body: () => ({ projects: [] }),
    },
    {
      route: 'POST /inspection-insights/query',
      call: () => asRival('POST', '/inspection-insights/query', { includeProjectIds: [acmeProjectId] }),
      status: 200,
      body: () => ({ inspections: [] }),
    },
    {
      route: 'POST /projects',
      call: () => asRival('POST', '/projects', { teamName: 'Acme Team', projectName: 'Acme Secret' }),
      status: 201,
    },
  ];

  it.each(ROUTES)('$route: sees only its own organization', async ({ call, status, body }) => {
    const response = await call();
    expect(response.statusCode).toBe(status);
    if (body) expect(response.json()).toEqual(body());
    else {
      expect(response.body).not.toContain(acmeProjectId);
      expect(response.body).not.toContain('acme.example');
    }
  });

  it('covers every route of the surface', async () => {
    const surface = await documentedRoutes(harness.app, (path) => path.startsWith(BASE));
    const covered = ROUTES.map(({ route }) => route.replace(' /', ` ${BASE}/`).split('?')[0]).sort();
    expect(covered).toEqual(surface);
  });

  it('leaves acme untouched: a same-named project is created in the rival organization', async () => {
    // The rival's POST of the routes above, made here too so that this test stands alone: 201 when it runs alone, 200
    // after them.
    expect([200, 201]).toContain(
      (await asRival('POST', '/projects', { teamName: 'Acme Team', projectName: 'Acme Secret' })).statusCode,
    );
    expect(
      (await listProjects(harness.store.db, acme.owner, {}, { limit: 1000 })).items.map((project) => project.name),
    ).toEqual(['Acme Secret']);
    expect(
      (await listProjects(harness.store.db, rival.owner, {}, { limit: 1000 })).items.map((project) => project.name),
    ).toEqual(['Acme Secret']);
    const users = (await asRival('GET', '/users')).json() as { items: { email: string }[] };
    expect(users.items.map((item) => item.email)).toEqual(['owner@rival.example']);
  });
});

it("sent only responses valid against JetBrains' document, errors included", () => {
  expect(qodanaViolations).toEqual([]);
});
