import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';

let testApp: TestApp;
let acme: Tenant;

beforeAll(async () => {
  testApp = await openTestApp();
  acme = await createTenant(testApp.store, 'acme');
});
afterAll(() => testApp.close());

const post = (query: string, headers: Record<string, string> = { 'x-api-token': acme.ownerUserToken }) =>
  testApp.app.inject({ method: 'POST', url: '/graphql', headers, payload: { query } });

describe('the Codiga GraphQL surface', () => {
  it('refuses a request without a credential in GraphQL envelope, with a code', async () => {
    const response = await post('{ user { username } }', {});
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({
      data: null,
      errors: [{ message: expect.stringContaining('X-Api-Token'), extensions: { code: 'UNAUTHENTICATED' } }],
    });
  });

  it('refuses an unknown token and an organization token', async () => {
    const unknown = await post('{ user { username } }', { 'x-api-token': 'plumb_u_nope' });
    expect(unknown.statusCode).toBe(401);
    const organization = await post('{ user { username } }', { 'x-api-token': acme.adminOrganizationToken });
    expect(organization.statusCode).toBe(401);
    expect(organization.json().errors[0].message).toContain('not an organization or project token');
  });

  it('answers introspection with the Long scalar and both spellings of a differing field', async () => {
    const response = await post('{ __type(name: "UserInfo") { fields { name } } long: __type(name: "Long") { kind } }');
    expect(response.statusCode).toBe(200);
    const names = response.json().data.__type.fields.map((field: { name: string }) => field.name);
    expect(names).toEqual(expect.arrayContaining(['heardAbout', 'heard_about', 'firstname']));
    expect(response.json().data.long).toEqual({ kind: 'SCALAR' });
  });

  it('answers a syntax error with 400 and GRAPHQL_PARSE_FAILED', async () => {
    const response = await post('{ user { ');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with 400 and GRAPHQL_VALIDATION_FAILED naming it', async () => {
    const response = await post('{ user { shoeSize } }');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0]).toMatchObject({
      message: expect.stringContaining('shoeSize'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('answers a Long past 2^53 with BAD_USER_INPUT', async () => {
    const response = await post('{ project(id: 18014398509481984) { name } }');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].message).toContain('Long cannot represent');
  });

  it('answers an unknown path under /graphql in the GraphQL envelope', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/graphql/nope' });
    expect(response.statusCode).toBe(404);
    expect(response.json().errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('serves GraphiQL at /graphiql, posting to /graphql', async () => {
    const page = await testApp.app.inject({ method: 'GET', url: '/graphiql' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    const config = await testApp.app.inject({ method: 'GET', url: '/graphiql/config.js' });
    expect(config.body).toContain("GRAPHQL_ENDPOINT = '/graphql'");
  });
});
