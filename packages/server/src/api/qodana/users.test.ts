import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrCreateUser, putMembership } from '../../domain/provisioning.js';
import { assertQodanaSchema, checkEveryQodanaResponse } from '../../../test/support/qodana-spec.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';

const BASE = '/api/v1/public/organizations';

let harness: TestApp;
let qodanaViolations: string[] = [];
let tenant: Tenant;

/** Members by email: the owner (owner@acme.example) plus these. */
const MEMBERS = [
  { email: 'Alice@acme.example', displayName: 'Alice Abc', role: 'ADMIN', status: 'active' },
  { email: 'bob@acme.example', displayName: 'Bob', role: 'EDITOR', status: 'active' },
  { email: 'carol@elsewhere.example', displayName: 'Carol ABC', role: 'VIEWER', status: 'invited' },
  { email: 'dan@acme.example', displayName: 'Dan', role: 'BILLING', status: 'active' },
  { email: 'under_score@acme.example', displayName: 'Literal 100%', role: 'VIEWER', status: 'active' },
] as const;

beforeAll(async () => {
  harness = await openTestApp((app) => {
    qodanaViolations = checkEveryQodanaResponse(app);
  });
  tenant = await createTenant(harness.store, 'acme');
  for (const member of MEMBERS) {
    const { user } = await findOrCreateUser(harness.store.db, {
      email: member.email,
      displayName: member.displayName,
      status: member.status,
    });
    await putMembership(harness.store.db, tenant.organization.id, user.id, member.role);
  }
  // A user of another organization never shows up.
  const other = await createTenant(harness.store, 'other');
  await other.memberUserToken('abc-outsider@other.example', 'VIEWER');
});
afterAll(() => harness.close());

async function listUsers(query: string, token: string | undefined = tenant.adminOrganizationToken) {
  const response = await harness.app.inject({
    method: 'GET',
    url: `${BASE}/users${query}`,
    headers: token ? { authorization: `Bearer ${token}`, host: 'plumb.example:8080' } : {},
  });
  return response;
}

const emails = (body: { items: { email: string }[] }) => body.items.map((item) => item.email);

describe('GET /users', () => {
  it('lists every member by email, ascending by default, each valid against the vendor schema', async () => {
    const response = await listUsers('');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    assertQodanaSchema('PaginatedList_OrganizationUser', body);
    expect(emails(body)).toEqual([
      'Alice@acme.example',
      'bob@acme.example',
      'carol@elsewhere.example',
      'dan@acme.example',
      'owner@acme.example',
      'under_score@acme.example',
    ]);
    expect(body).toMatchObject({ count: 6, next: 6, prev: 0 });
  });

  it('maps roles to the vendor enum (BILLING is VIEWER) and marks invited users with their invitation', async () => {
    const items = (await listUsers('')).json().items as Record<string, unknown>[];
    const byEmail = new Map(items.map((item) => [item.email, item]));
    expect(byEmail.get('owner@acme.example')).toMatchObject({ role: 'OWNER', isActive: true, isSsoManaged: false });
    expect(byEmail.get('dan@acme.example')).toMatchObject({ role: 'VIEWER', displayName: 'Dan' });
    const carol = byEmail.get('carol@elsewhere.example')!;
    expect(carol).toMatchObject({ role: 'VIEWER', isActive: false, displayName: 'Carol ABC' });
    expect(carol.invitationId).toMatch(/^[0-9a-f-]{36}$/);
    expect(carol.invitationUrl).toBe(`http://plumb.example:8080/invite/${String(carol.invitationId)}`);
    expect(byEmail.get('bob@acme.example')).not.toHaveProperty('invitationId');
    expect(byEmail.get('bob@acme.example')).not.toHaveProperty('invitationUrl');
  });

  it(
    'pages with offset and limit: count is the chunk size, ' +
      'next the offset after this chunk (on the last one too, as the seed shows), prev the previous offset',
    async () => {
      const first = (await listUsers('?offset=0&limit=4')).json();
      expect(first).toMatchObject({ count: 4, next: 4, prev: 0 });
      const second = (await listUsers('?offset=4&limit=4')).json();
      expect(second).toMatchObject({ count: 2, next: 6, prev: 0 });
      const middle = (await listUsers('?offset=3&limit=2')).json();
      expect(middle).toMatchObject({ count: 2, next: 5, prev: 1 });
      expect([...emails(first), ...emails(second)]).toEqual(emails((await listUsers('')).json()));
      const past = (await listUsers('?offset=10&limit=4')).json();
      expect(past).toEqual({ count: 0, next: 10, prev: 6, items: [] });
    },
  );

  it('sorts by email descending with order=DESC', async () => {
    const ascending = emails((await listUsers('?order=ASC')).json());
    expect(emails((await listUsers('?order=DESC')).json())).toEqual([...ascending].reverse());
  });

  it('filters by a substring of the email or display name, any case, and pages the filtered list', async () => {
    expect(emails((await listUsers('?search=abc')).json())).toEqual(['Alice@acme.example', 'carol@elsewhere.example']);
    expect(emails((await listUsers('?search=ELSEWHERE')).json())).toEqual(['carol@elsewhere.example']);
    expect(emails((await listUsers('?search=_')).json())).toEqual(['under_score@acme.example']);
    expect(emails((await listUsers('?search=%25')).json())).toEqual(['under_score@acme.example']);
    const page = (await listUsers('?search=abc&order=DESC&limit=1&offset=1')).json();
    expect(page).toMatchObject({ count: 1, prev: 0 });
    expect(emails(page)).toEqual(['Alice@acme.example']);
  });

  it.each([
    ['a negative offset', '?offset=-1'],
    ['a zero limit', '?limit=0'],
    ['a limit above 1000', '?limit=1001'],
    ['an unknown order', '?order=sideways'],
    ['a non-numeric limit', '?limit=ten'],
  ])('refuses %s with VALIDATION_FAILED (400)', async (_case, query) => {
    const response = await listUsers(query);
    expect(response.statusCode).toBe(400);
    assertQodanaSchema('APIError', response.json());
    expect(response.json().name).toBe('VALIDATION_FAILED');
  });

  it('answers NO_AUTH (401) without a token, NO_PERMISSION (403) for a bad token or a role below ADMIN', async () => {
    expect((await listUsers('', '')).json()).toEqual({ name: 'NO_AUTH', details: 'User is not authorized' });
    expect((await listUsers('', '')).statusCode).toBe(401);
    const invalid = await listUsers('', 'plumb_o_nope');
    expect([invalid.statusCode, invalid.json()]).toEqual([
      403,
      { name: 'NO_PERMISSION', details: 'Invalid organization API token' },
    ]);
    for (const role of ['EDITOR', 'VIEWER', 'BILLING'] as const) {
      const denied = await listUsers('', await tenant.organizationToken(role));
      expect([denied.statusCode, denied.json()]).toEqual([
        403,
        { name: 'NO_PERMISSION', details: 'User has no public_api_get_organization_users permission' },
      ]);
    }
    expect((await listUsers('', await tenant.organizationToken('OWNER'))).statusCode).toBe(200);
  });
});

it("sent only responses valid against JetBrains' document, errors included", () => {
  expect(qodanaViolations).toEqual([]);
});
