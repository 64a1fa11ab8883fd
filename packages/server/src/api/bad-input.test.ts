import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../domain/projects/index.js';
import { assertQodanaSchema, checkEveryQodanaResponse } from '../../test/support/qodana-spec.js';
import { openTestApp, type TestApp } from '../../test/support/test-app.js';
import { TEST_DRIVER } from '../../test/support/test-store.js';
import { createTenant, type Tenant } from '../../test/support/tenant-fixture.js';

let harness: TestApp;
let qodanaViolations: string[] = [];
let acme: Tenant;

beforeAll(async () => {
  harness = await openTestApp((app) => {
    qodanaViolations = checkEveryQodanaResponse(app);
  });
  acme = await createTenant(harness.store, 'acme');
  await createProject(harness.store.db, acme.owner, { provider: 'g', owner: 'acme', name: 'website' });
});
afterAll(() => harness.close());

interface BadRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  url: string;
  body?: string;
  /** Text the error must contain: the field it names. */
  names: string;
}

const cursorOf = (position: unknown) => Buffer.from(JSON.stringify(position)).toString('base64url');

async function send(request: BadRequest, headers: Record<string, string>) {
  return harness.app.inject({
    method: request.method,
    url: request.url,
    headers: { ...headers, ...(request.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(request.body === undefined ? {} : { payload: request.body }),
  });
}

describe(`bad input answers 400 in each surface's envelope, naming the field, never 500, on ${TEST_DRIVER}`, () => {
  const scrutinizer: BadRequest[] = [
    { method: 'POST', url: '/api/organizations/acme/teams', body: '{"name":"a\\u0000b"}', names: 'name' },
    { method: 'POST', url: '/api/organizations/acme/teams', body: '{"name":123}', names: 'name: expected a string' },
    { method: 'POST', url: '/api/organizations/acme/teams', body: '{"name":["x"]}', names: 'name: expected a string' },
    { method: 'PUT', url: '/api/organizations/acme/members', body: '{"email":"a\\u0000@b.co"}', names: 'email' },
    { method: 'PUT', url: '/api/organizations/acme/members', body: '{"email":true}', names: 'email' },
    {
      method: 'PUT',
      url: '/api/organizations/acme/repositories',
      body: '{"repository":"g/a\\u0000/b"}',
      names: 'repository',
    },
    {
      method: 'POST',
      url: '/api/repositories/g',
      body: '{"name":"acme/y","organization":"acme","config":"a: 1\\u0000"}',
      names: 'config',
    },
    {
      method: 'POST',
      url: '/api/repositories/gp',
      body: '{"name":"p","git_url":"git@h.test:p.git","ssh_key":42}',
      names: 'ssh_key',
    },
    { method: 'GET', url: '/api/organizations/a%00b/members', names: 'slug' },
    { method: 'GET', url: '/api/repositories/g/a%00/b', names: 'login' },
    {
      method: 'GET',
      url: '/api/organizations/acme/members?per_page=1e309',
      names: 'per_page: expected an integer from 1 to 100',
    },
    {
      method: 'GET',
      url: '/api/organizations/acme/members?page=Infinity',
      names: 'page: expected an integer of at least 1',
    },
  ];

  it.each(scrutinizer)('Scrutinizer $method $url $body', async (request) => {
    const separator = request.url.includes('?') ? '&' : '?';
    const response = await send(
      { ...request, url: `${request.url}${separator}access_token=${acme.ownerUserToken}` },
      {},
    );
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json())).toEqual(['message']);
    expect(response.json().message).toContain(request.names);
  });

  const qodana: BadRequest[] = [
    { method: 'POST', url: '/projects', body: '{"teamName":"a\\u0000","projectName":"b"}', names: 'teamName' },
    { method: 'POST', url: '/projects', body: '{"teamName":"a","projectName":7}', names: 'projectName' },
    { method: 'GET', url: '/projects?projectName=%00', names: 'projectName' },
    { method: 'GET', url: '/users?search=%00', names: 'search' },
    { method: 'GET', url: '/users?offset=1e21', names: 'offset' },
    { method: 'GET', url: '/users?limit=Infinity', names: 'limit' },
  ];

  it.each(qodana)('Qodana $method $url $body', async (request) => {
    const response = await send(
      { ...request, url: `/api/v1/public/organizations${request.url}` },
      { authorization: `Bearer ${acme.adminOrganizationToken}` },
    );
    expect(response.statusCode).toBe(400);
    assertQodanaSchema('APIError', response.json());
    expect(response.json().name).toBe('VALIDATION_FAILED');
    expect(response.json().details).toContain(request.names);
  });

  it.each([
    [
      '/api/organizations/%ff/members?access_token=secret',
      { message: 'the URL is not valid: a percent-escape does not decode to UTF-8' },
    ],
    [
      '/api/v3/organizations/gh/%ff/repositories',
      { message: 'the URL is not valid: a percent-escape does not decode to UTF-8' },
    ],
    [
      '/api/v1/public/organizations/projects/%ff',
      { name: 'VALIDATION_FAILED', details: 'the URL is not valid: a percent-escape does not decode to UTF-8' },
    ],
  ])('answers a URL that does not decode (%s) with 400 in its surface envelope, not echoing it', async (url, body) => {
    const response = await harness.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${acme.adminOrganizationToken}` },
    });
    expect([response.statusCode, response.json()]).toEqual([400, body]);
  });

  it("sent only Qodana responses valid against JetBrains' document", () => {
    expect(qodanaViolations).toEqual([]);
  });

  const codacy: BadRequest[] = [
    { method: 'GET', url: '/gh/acme/repositories?search=%00', names: 'search' },
    { method: 'GET', url: `/gh/acme/repositories?cursor=${cursorOf(['a\u0000', 1])}`, names: 'cursor' },
    { method: 'GET', url: `/gh/acme/repositories?cursor=${cursorOf(['a', -1])}`, names: 'cursor' },
    { method: 'GET', url: '/gh/acme/repositories?limit=1e309', names: 'limit' },
    { method: 'GET', url: '/gh/a%00/repositories', names: 'remoteOrganizationName' },
    { method: 'POST', url: '/gh/acme/repositories/a%00/tokens', names: 'repositoryName' },
  ];

  it.each(codacy)('Codacy $method $url', async (request) => {
    const response = await send(
      { ...request, url: `/api/v3/organizations${request.url}` },
      { 'api-token': acme.ownerUserToken },
    );
    expect(response.statusCode).toBe(400);
    expect(Object.keys(response.json())).toEqual(['message']);
    expect(response.json().message).toContain(request.names);
  });
});
