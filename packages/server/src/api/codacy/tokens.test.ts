import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, type Project } from '../../domain/projects/index.js';
import { resolveCredential } from '../../domain/tokens/index.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';

let harness: TestApp;
let tenant: Tenant;
let website: Project;

beforeAll(async () => {
  harness = await openTestApp();
  tenant = await createTenant(harness.store, 'acme');
  website = await createProject(harness.store.db, tenant.owner, {
    provider: 'g',
    owner: 'acme',
    name: 'website',
  });
  await createProject(harness.store.db, tenant.owner, { provider: 'g', owner: 'acme', name: 'docs' });
});
afterAll(() => harness.close());

const tokensUrl = (repository: string, provider = 'gh') =>
  `/api/v3/organizations/${provider}/acme/repositories/${repository}/tokens`;

function call(method: 'GET' | 'POST' | 'DELETE', url: string, token: string = tenant.ownerUserToken) {
  return harness.app.inject({ method, url, headers: token ? { 'api-token': token } : {} });
}

describe('repository API tokens', () => {
  it("creates a token (201 {data: {id, token}}) that authenticates as that repository's project token", async () => {
    const response = await call('POST', tokensUrl('website'));
    expect(response.statusCode).toBe(201);
    const { data } = response.json() as { data: { id: number; token: string } };
    expect(Object.keys(data).sort()).toEqual(['id', 'token']);
    const principal = await resolveCredential(harness.store.db, { secret: data.token });
    expect(principal).toMatchObject({
      tokenKind: 'project',
      project: { id: website.id },
      organization: { id: tenant.organization.id },
    });
  });

  it('accepts a JSON content type with an empty body, as generated clients send it', async () => {
    const response = await harness.app.inject({
      method: 'POST',
      url: tokensUrl('docs'),
      headers: { 'api-token': tenant.ownerUserToken, 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(201);
  });

  it('lists the live tokens of the repository only, oldest first, without their secrets', async () => {
    // Two repositories of its own, so that the tokens listed are only the ones made here, whichever tests ran before.
    for (const name of ['blog', 'wiki'])
      await createProject(harness.store.db, tenant.owner, { provider: 'g', owner: 'acme', name });
    for (const repository of ['blog', 'wiki'])
      expect((await call('POST', tokensUrl(repository))).statusCode, repository).toBe(201);
    const second = (await call('POST', tokensUrl('blog'))).json().data.id as number;
    const response = await call('GET', tokensUrl('blog'));
    expect(response.statusCode).toBe(200);
    const ids = (response.json().data as { id: number; token?: string }[]).map((token) => token.id);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(second);
    expect(ids[0]).toBeLessThan(second);
    expect(JSON.stringify(response.json())).not.toContain('plumb_p_');
    expect((await call('GET', tokensUrl('wiki'))).json().data).toHaveLength(1);
  });

  it('deletes a token (204): it leaves the list and no longer authenticates', async () => {
    const { id, token } = (await call('POST', tokensUrl('docs'))).json().data as { id: number; token: string };
    const response = await call('DELETE', `${tokensUrl('docs')}/${id}`);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect(await resolveCredential(harness.store.db, { secret: token })).toBeUndefined();
    expect((await call('GET', tokensUrl('docs'))).json().data.map((entry: { id: number }) => entry.id)).not.toContain(
      id,
    );
    const again = await call('DELETE', `${tokensUrl('docs')}/${id}`);
    expect([again.statusCode, again.json()]).toEqual([404, { message: `Token ${id} not found` }]);
  });

  it('answers 404 for a token of another repository, leaving it live', async () => {
    const { id, token } = (await call('POST', tokensUrl('website'))).json().data as { id: number; token: string };
    expect((await call('DELETE', `${tokensUrl('docs')}/${id}`)).statusCode).toBe(404);
    expect(await resolveCredential(harness.store.db, { secret: token })).toBeDefined();
  });

  it('answers 404 for an unknown repository, or one of another provider', async () => {
    for (const [method, url] of [
      ['POST', tokensUrl('nope')],
      ['GET', tokensUrl('nope')],
      ['DELETE', `${tokensUrl('nope')}/1`],
      ['POST', tokensUrl('website', 'gl')],
    ] as const) {
      const response = await call(method, url);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json().message).toMatch(/^Repository .* not found$/);
    }
  });

  it('answers 400 for a token id that is not a positive integer', async () => {
    const response = await call('DELETE', `${tokensUrl('website')}/abc`);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('tokenId');
  });

  it('answers 403 to members below ADMIN on every token route, and lets an ADMIN manage', async () => {
    for (const role of ['EDITOR', 'VIEWER', 'BILLING'] as const) {
      const token = await tenant.memberUserToken(`${role.toLowerCase()}@acme.example`, role);
      for (const [method, url] of [
        ['POST', tokensUrl('website')],
        ['GET', tokensUrl('website')],
        ['DELETE', `${tokensUrl('website')}/1`],
      ] as const) {
        const response = await call(method, url, token);
        expect(response.statusCode, `${role} ${method}`).toBe(403);
        expect(response.json().message).toContain('OWNER, ADMIN');
      }
    }
    const admin = await tenant.memberUserToken('admin@acme.example', 'ADMIN');
    expect((await call('POST', tokensUrl('website'), admin)).statusCode).toBe(201);
  });

  it('answers 401 without a token or with a bad one', async () => {
    for (const token of ['', 'plumb_u_nope']) {
      const response = await call('POST', tokensUrl('website'), token);
      expect(response.statusCode).toBe(401);
      expect(Object.keys(response.json())).toEqual(['message']);
    }
  });
});
