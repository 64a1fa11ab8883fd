import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findProjectByName } from '../domain/projects/index.js';
import { openTestApp, type TestApp } from '../../test/support/test-app.js';
import { TEST_DRIVER } from '../../test/support/test-store.js';
import { createTenant, type Tenant } from '../../test/support/tenant-fixture.js';

const KEY_MARKER = 'Zq9sshKeyMarkerNeverOnTheWire';
const SSH_KEY = `-----BEGIN OPENSSH PRIVATE KEY-----\n${KEY_MARKER}\n-----END OPENSSH PRIVATE KEY-----\n`;

let harness: TestApp;
let acme: Tenant;
/** Every response body the app sent, whatever the route. */
const bodies: string[] = [];

beforeAll(async () => {
  harness = await openTestApp((app) => {
    app.addHook('onSend', async (_request, _reply, payload) => {
      if (typeof payload === 'string') bodies.push(payload);
      return payload;
    });
  });
  acme = await createTenant(harness.store, 'acme');
});
afterAll(() => harness.close());

describe(`the SSH key of a plain-git repository on ${TEST_DRIVER}`, () => {
  it('is in no response of any surface', async () => {
    const scrutinizer = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
      harness.app.inject({
        method,
        url: `${url}${url.includes('?') ? '&' : '?'}access_token=${acme.ownerUserToken}`,
        ...(payload ? { payload } : {}),
      });
    const added = await scrutinizer('POST', '/api/repositories/gp', {
      name: 'plain',
      git_url: 'git@host.test:plain.git',
      ssh_key: SSH_KEY,
      organization: 'acme',
    });
    expect(added.statusCode).toBe(201);
    const ownAdded = await scrutinizer('POST', '/api/repositories/gp', {
      name: 'mine',
      git_url: 'git@host.test:mine.git',
      ssh_key: SSH_KEY,
    });
    expect(ownAdded.statusCode).toBe(201);
    const team = (await scrutinizer('POST', '/api/organizations/acme/teams', { name: 'Core' })).json().uuid as string;
    const calls = [
      () => scrutinizer('GET', '/api/repositories/gp/plain'),
      () => scrutinizer('GET', '/api/repositories/gp/mine'),
      () => scrutinizer('GET', '/api/organizations/acme/repositories'),
      () => scrutinizer('GET', '/api/user/repositories'),
      () => scrutinizer('PUT', `/api/organizations/acme/teams/${team}/permissions/gp/plain`, { access: 'view' }),
      () => scrutinizer('GET', `/api/organizations/acme/teams/${team}/permissions`),
      () => scrutinizer('PUT', '/api/organizations/acme/repositories', { repository: 'gp/mine' }),
      () => scrutinizer('DELETE', '/api/organizations/acme/repositories/gp/mine'),
    ];
    for (const call of calls) expect([200, 201]).toContain((await call()).statusCode);
    const qodana = { authorization: `Bearer ${acme.adminOrganizationToken}` };
    const project = (await findProjectByName(harness.store.db, acme.owner, 'plain'))!;
    for (const url of ['/projects?projectName=plain', `/projects/${project.uuid}`]) {
      expect(
        (await harness.app.inject({ method: 'GET', url: `/api/v1/public/organizations${url}`, headers: qodana }))
          .statusCode,
      ).toBe(200);
    }
    const token = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/public/organizations/projects',
      headers: qodana,
      payload: { teamName: 'Core', projectName: 'plain' },
    });
    expect(token.statusCode).toBe(200);
    for (const provider of ['gh', 'gl', 'bb']) {
      expect(
        (
          await harness.app.inject({
            method: 'GET',
            url: `/api/v3/organizations/${provider}/acme/repositories`,
            headers: { 'api-token': acme.ownerUserToken },
          })
        ).statusCode,
      ).toBe(200);
    }
    expect(bodies.length).toBeGreaterThanOrEqual(17);
    expect(bodies.filter((body) => body.includes(KEY_MARKER) || /PRIVATE KEY|ssh_?key/i.test(body))).toEqual([]);
  });
});
