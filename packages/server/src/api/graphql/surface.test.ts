import { readFileSync } from 'node:fs';
import { buildSchema, getIntrospectionQuery, graphql } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import type { CodigaError } from './errors.js';
import { RESOLVERS } from './resolvers/index.js';
import { buildCodigaSchema } from './schema.js';
import { CODIGA_SDL } from './sdl.js';
import { PLUMB_SDL } from './sdl-plumb.js';

let testApp: TestApp;
let acme: Tenant;

beforeAll(async () => {
  testApp = await openTestApp();
  acme = await createTenant(testApp.store, 'acme');
});
afterAll(() => testApp.close());

const post = (
  query: string,
  headers: Record<string, string> = { 'x-api-token': acme.ownerUserToken },
  variables?: Record<string, unknown>,
) => testApp.app.inject({ method: 'POST', url: '/graphql', headers, payload: { query, variables } });

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

  it('answers the full introspection query GraphiQL sends, whatever its depth', async () => {
    const response = await post(getIntrospectionQuery());
    expect(response.statusCode).toBe(200);
    expect(response.json().data.__schema.queryType).toMatchObject({ name: 'Query' });
  });

  it('refuses a query nested deeper than 10 levels before resolving anything', async () => {
    const level = '{ ownedProjects { group { owner ';
    const nested = `{ user ${level.repeat(3)}{ username } ${'} } } '.repeat(3)}}`;
    const response = await post(nested);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      data: null,
      errors: [
        {
          message: 'the query nests 11 levels of fields; at most 10 are served',
          extensions: { code: 'DEPTH_LIMIT_EXCEEDED' },
        },
      ],
    });
  });

  it('refuses a query costing more than 50,000, counting howmany given literally or by variable', async () => {
    const literal = await post(
      '{ projects(howmany: 1000, skip: 0) { lastAnalysis { violations(howmany: 1000, skip: 0) { line } } } }',
    );
    expect(literal.statusCode).toBe(400);
    expect(literal.json().errors[0]).toMatchObject({
      message: expect.stringContaining('the query costs 1002001'),
      extensions: { code: 'COST_LIMIT_EXCEEDED' },
    });
    const query =
      'query($n: Long!) { projects(howmany: $n, skip: 0) { lastAnalysis {' +
      ' violations(howmany: $n, skip: 0) { line } } } }';
    const byVariable = await post(query, { 'x-api-token': acme.ownerUserToken }, { n: 300 });
    expect(byVariable.json().errors[0].extensions.code).toBe('COST_LIMIT_EXCEEDED');
    const allowed = await post(query, { 'x-api-token': acme.ownerUserToken }, { n: 100 });
    expect(allowed.json()).toEqual({ data: { projects: [] } });
  });

  it('serves every root field: none falls back to NOT_SERVED', () => {
    const schema = buildSchema(CODIGA_SDL + PLUMB_SDL);
    for (const root of [schema.getQueryType()!, schema.getMutationType()!])
      for (const field of Object.keys(root.getFields()))
        expect(RESOLVERS[root.name]?.[field], `${root.name}.${field}`).toBeTypeOf('function');
  });

  it('answers a root field without a resolver with NOT_SERVED, naming it', async () => {
    const { Mutation: _served, ...withoutMutations } = RESOLVERS;
    const body = await graphql({
      schema: buildCodigaSchema(withoutMutations),
      source: 'mutation { deleteProject(id: 1) }',
    });
    expect(body.data).toEqual({ deleteProject: null });
    expect(body.errors?.[0]?.message).toBe('Mutation.deleteProject is not served by Plumb yet');
    expect((body.errors?.[0]?.originalError as CodigaError).code).toBe('NOT_SERVED');
  });

  it('prints the whole schema into the OpenAPI document, with its credentials', async () => {
    const document = (await testApp.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const paths = Object.keys(document.paths).filter((path) => path.startsWith('/graphql'));
    expect(paths.length).toBeGreaterThan(0);
    const post = document.paths[paths[0]!].post;
    expect(post.tags).toEqual(['Codiga GraphQL']);
    expect(post.description).toContain('type Query {');
    expect(post.description).toContain('scalar Long');
    expect(document.components.securitySchemes.codigaApiToken).toEqual({
      type: 'apiKey',
      in: 'header',
      name: 'X-Api-Token',
    });
  });

  it('prints the schema it serves into docs/api/codiga.md, line for line', () => {
    const page = readFileSync(new URL('../../../../../docs/api/codiga.md', import.meta.url), 'utf8');
    const printed = page.slice(page.indexOf('```graphql\n') + 11, page.lastIndexOf('```'));
    const lines = (text: string) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
    expect(lines(printed)).toEqual(lines(CODIGA_SDL));
  });
});
