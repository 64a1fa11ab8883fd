import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../domain/projects/index.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';

let harness: TestApp;
let tenant: Tenant;

/** 103 GitHub repositories (more than one default page), two GitLab, one Bitbucket, one plain git. */
const GITHUB_NAMES = [
  'api',
  'Zeta',
  'web',
  'docs',
  ...Array.from({ length: 99 }, (_, index) => `svc-${String(index).padStart(3, '0')}`),
];

beforeAll(async () => {
  harness = await openTestApp();
  tenant = await createTenant(harness.store, 'acme');
  const owner = tenant.owner;
  for (const name of GITHUB_NAMES)
    await createProject(harness.store.db, owner, {
      provider: 'g',
      owner: 'acme-gh',
      name,
      private: name !== 'docs',
    });
  await createProject(harness.store.db, owner, { provider: 'g', owner: 'other-gh', name: 'api' });
  await createProject(harness.store.db, owner, { provider: 'gl', owner: 'acme-group', name: 'lab-one' });
  await createProject(harness.store.db, owner, { provider: 'gl', owner: 'acme-group', name: 'lab-two' });
  await createProject(harness.store.db, owner, { provider: 'b', owner: 'acme-bb', name: 'bucket' });
  await createProject(harness.store.db, owner, { provider: 'gp', name: 'plain' });
});
afterAll(() => harness.close());

function listRepositories(
  provider: string,
  query = '',
  token: string | undefined = tenant.ownerUserToken,
  organization = 'acme',
) {
  return harness.app.inject({
    method: 'GET',
    url: `/api/v3/organizations/${provider}/${organization}/repositories${query}`,
    headers: token ? { 'api-token': token } : {},
  });
}

interface ListBody {
  data: { name: string; owner: string; repositoryId: number }[];
  pagination: { cursor?: string; limit: number; total: number };
}

describe('GET /api/v3/organizations/{provider}/{org}/repositories', () => {
  it('returns the first 100 repositories by name (byte order), with a cursor to the rest', async () => {
    const response = await listRepositories('gh');
    expect(response.statusCode).toBe(200);
    const body = response.json() as ListBody;
    expect(body.pagination).toMatchObject({ limit: 100, total: 104 });
    expect(body.data).toHaveLength(100);
    expect(body.data.slice(0, 5).map((repository) => `${repository.owner}/${repository.name}`)).toEqual([
      'acme-gh/Zeta',
      'acme-gh/api',
      'other-gh/api',
      'acme-gh/docs',
      'acme-gh/svc-000',
    ]);
    const rest = (await listRepositories('gh', `?cursor=${body.pagination.cursor!}`)).json() as ListBody;
    expect(rest.data.map((repository) => repository.name)).toEqual(['svc-096', 'svc-097', 'svc-098', 'web']);
    expect(rest.pagination).toEqual({ limit: 100, total: 104 });
  });

  it('walks every page with limit and cursor, each repository once, no cursor on the last page', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const body = (await listRepositories('gh', `?limit=30${cursor ? `&cursor=${cursor}` : ''}`)).json() as ListBody;
      expect(body.pagination.limit).toBe(30);
      seen.push(...body.data.map((repository) => `${repository.owner}/${repository.name}`));
      cursor = body.pagination.cursor;
      pages += 1;
    } while (cursor);
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(104);
  });

  it('describes each repository with the fields Codacy clients read', async () => {
    const body = (await listRepositories('gh', '?search=docs')).json() as ListBody;
    expect(body.data).toEqual([
      expect.objectContaining({
        provider: 'gh',
        owner: 'acme-gh',
        name: 'docs',
        fullPath: 'acme-gh/docs',
        visibility: 'Public',
        permission: 'admin',
        addedState: 'Added',
        defaultBranch: { name: 'main', isDefault: true, isEnabled: true },
        languages: [],
      }),
    ]);
    expect(body.data[0]!.repositoryId).toBeGreaterThan(0);
  });

  it('selects the Plumb provider of each Codacy provider; plain-git projects are on none', async () => {
    const names = async (provider: string) =>
      ((await listRepositories(provider)).json() as ListBody).data.map((repository) => repository.name);
    expect(await names('gl')).toEqual(['lab-one', 'lab-two']);
    expect(await names('gle')).toEqual(['lab-one', 'lab-two']);
    expect(await names('bb')).toEqual(['bucket']);
    expect(await names('bbe')).toEqual(['bucket']);
    expect((await names('ghe')).length).toBe(100);
    expect(((await listRepositories('ghe')).json() as { data: { provider: string }[] }).data[0]!.provider).toBe('ghe');
  });

  it('filters by a case-insensitive substring of the name, and counts the filtered total', async () => {
    const body = (await listRepositories('gh', '?search=SVC-09')).json() as ListBody;
    expect(body.data.map((repository) => repository.name)).toEqual([
      'svc-090',
      'svc-091',
      'svc-092',
      'svc-093',
      'svc-094',
      'svc-095',
      'svc-096',
      'svc-097',
      'svc-098',
    ]);
    expect(body.pagination).toEqual({ limit: 100, total: 9 });
  });

  it('lets every role list, with the permission its role gives', async () => {
    for (const [role, permission] of [
      ['EDITOR', 'write'],
      ['VIEWER', 'read'],
      ['BILLING', 'read'],
      ['ADMIN', 'admin'],
    ] as const) {
      const response = await listRepositories(
        'bb',
        '',
        await tenant.memberUserToken(`${role.toLowerCase()}@acme.example`, role),
      );
      expect(response.statusCode, role).toBe(200);
      expect(response.json().data[0].permission).toBe(permission);
    }
  });

  it.each([
    ['limit 0', 'gh', '?limit=0', 'limit'],
    ['limit 101', 'gh', '?limit=101', 'limit'],
    ['a malformed cursor', 'gh', '?cursor=not-a-cursor', 'cursor'],
    ['an unknown provider', 'gx', '', 'provider'],
  ])('refuses %s with 400 {message}', async (_case, provider, query, field) => {
    const response = await listRepositories(provider, query);
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json())).toEqual(['message']);
    expect(response.json().message).toContain(field);
  });

  it('answers 401 without an account token, or with a bad or non-account one', async () => {
    for (const token of ['', 'plumb_u_nope', tenant.adminOrganizationToken]) {
      const response = await listRepositories('gh', '', token);
      expect(response.statusCode).toBe(401);
      expect(Object.keys(response.json())).toEqual(['message']);
    }
  });

  it('answers 404 for an unknown organization', async () => {
    const response = await listRepositories('gh', '', tenant.ownerUserToken, 'nowhere');
    expect([response.statusCode, response.json()]).toEqual([404, { message: 'Organization not found' }]);
  });
});
