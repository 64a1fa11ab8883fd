// The credential of a GraphQL request is resolved once a second, as CodeStax's: a query reuses it; a mutation (which
// may revoke one) drops every cached credential before it answers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';

let testApp: TestApp;
let acme: Tenant;
const queries: string[] = [];

beforeAll(async () => {
  testApp = await openTestApp(undefined, { onQuery: (sql) => void queries.push(sql) });
  acme = await createTenant(testApp.store, 'acme');
});
afterAll(() => testApp.close());

const post = async (query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) =>
  testApp.app.inject({ method: 'POST', url: '/graphql', headers, payload: { query, variables } });
const tokenLookups = () => queries.filter((sql) => sql.includes('from "tokens"')).length;

describe(`Codiga's credential cache on ${TEST_DRIVER}`, () => {
  it('reads the token once for queries in a row, and again after a mutation', async () => {
    const owner = { 'x-api-token': acme.ownerUserToken };
    // A mutation first: whatever an earlier request cached is gone.
    await post('mutation { recordAccess(accessType: Api, actionType: FileAnalysisRequest) }', owner);
    const before = tokenLookups();
    for (let n = 0; n < 5; n++) expect((await post('{ user { email } }', owner)).statusCode).toBe(200);
    expect(tokenLookups() - before).toBe(1);
    await post('mutation { recordAccess(accessType: Api, actionType: FileAnalysisRequest) }', owner);
    const afterMutation = tokenLookups();
    expect((await post('{ user { email } }', owner)).statusCode).toBe(200);
    expect(tokenLookups() - afterMutation).toBe(1);
  });

  it('refuses a key pair at once once a mutation revoked it, though a query had cached it', async () => {
    const created = await post('mutation { createApiKey(description: "ide") { accessKey secretKey } }', {
      'x-api-token': acme.ownerUserToken,
    });
    const { accessKey, secretKey } = created.json().data.createApiKey;
    const pair = { 'x-access-key': accessKey, 'x-secret-key': secretKey };
    expect((await post('{ user { email } }', pair)).statusCode).toBe(200);
    const revoked = await post(
      'mutation($key: String!) { revokeApiKey(accessKey: $key) }',
      { 'x-api-token': acme.ownerUserToken },
      { key: accessKey },
    );
    expect(revoked.json().errors).toBeUndefined();
    expect((await post('{ user { email } }', pair)).statusCode).toBe(401);
  });
});
