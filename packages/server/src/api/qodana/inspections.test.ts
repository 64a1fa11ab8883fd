import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateOrganizationSettings } from '../../domain/provisioning.js';
import { assertQodanaSchema, checkEveryQodanaResponse } from '../../../test/support/qodana-spec.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';

const URL = '/api/v1/public/organizations/inspections';

let harness: TestApp;
let qodanaViolations: string[] = [];
let tenant: Tenant;

beforeAll(async () => {
  harness = await openTestApp((app) => {
    qodanaViolations = checkEveryQodanaResponse(app);
  });
  tenant = await createTenant(harness.store, 'acme');
});
afterAll(() => harness.close());

const listInspections = (token: string | undefined, query = '') =>
  harness.app.inject({
    method: 'GET',
    url: `${URL}${query}`,
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });

describe('GET /inspections', () => {
  it('returns an empty list, in the vendor shape, before any project has been analysed; to every role', async () => {
    for (const role of ['OWNER', 'ADMIN', 'EDITOR', 'VIEWER', 'BILLING'] as const) {
      const response = await listInspections(await tenant.organizationToken(role));
      expect(response.statusCode, role).toBe(200);
      assertQodanaSchema('InspectionsListResponse', response.json());
      expect(response.json()).toEqual({ inspections: [] });
    }
  });

  it('refuses any query parameter with VALIDATION_FAILED (400): the endpoint takes none', async () => {
    const response = await listInspections(tenant.adminOrganizationToken, '?severity=HIGH');
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ name: 'VALIDATION_FAILED' });
  });

  it('answers NO_AUTH (401), NO_PERMISSION (403) and PUBLIC_API_DISABLED (400) with the seed wording', async () => {
    const missing = await listInspections(undefined);
    expect([missing.statusCode, missing.json()]).toEqual([
      401,
      { name: 'NO_AUTH', details: 'Authentication required to access inspections.' },
    ]);
    const invalid = await listInspections('plumb_o_nope');
    expect([invalid.statusCode, invalid.json()]).toEqual([
      403,
      { name: 'NO_PERMISSION', details: 'Invalid organization API token' },
    ]);
    await updateOrganizationSettings(harness.store.db, tenant.organization.id, { publicApiEnabled: false });
    const disabled = await listInspections(tenant.adminOrganizationToken);
    expect([disabled.statusCode, disabled.json()]).toEqual([
      400,
      { name: 'PUBLIC_API_DISABLED', details: 'Public API is disabled' },
    ]);
  });
});

it("sent only responses valid against JetBrains' document, errors included", () => {
  expect(qodanaViolations).toEqual([]);
});
