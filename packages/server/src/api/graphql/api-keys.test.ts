import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../store/index.js';
import { hashSecret } from '../../crypto/random-secret.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';

let testApp: TestApp;
let acme: Tenant;
let globex: Tenant;

beforeAll(async () => {
  testApp = await openTestApp();
  acme = await createTenant(testApp.store, 'acme');
  globex = await createTenant(testApp.store, 'globex');
});
afterAll(() => testApp.close());

const post = async (query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) => {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/graphql',
    headers,
    payload: { query, variables },
  });
  return { status: response.statusCode, body: response.json(), raw: response.body };
};
const asOwner = () => ({ 'x-api-token': acme.ownerUserToken });
const CREATE = 'mutation { createApiKey(description: "ci") { accessKey secretKey } }';
const REVOKE = 'mutation($key: String!) { revokeApiKey(accessKey: $key) }';
/** The smallest document: it passes only with a valid credential. */
const WHO = '{ __typename }';

describe('API keys: createApiKey and revokeApiKey', () => {
  it('create a pair whose secret is shown once and stored hashed, and that authenticates as its user', async () => {
    const created = await post(CREATE, asOwner());
    const { accessKey, secretKey } = created.body.data.createApiKey;
    expect(accessKey).toMatch(/^plumb_ak_[0-9a-f]{24}$/);
    expect(secretKey).toMatch(/^plumb_sk_/);
    const [row] = await testApp.store.db.select().from(schema.tokens).where(eq(schema.tokens.accessKey, accessKey));
    expect(row).toMatchObject({ kind: 'key_pair', name: 'ci', secretHash: hashSecret(secretKey) });
    expect(JSON.stringify(row)).not.toContain(secretKey);

    const pair = { 'x-access-key': accessKey, 'x-secret-key': secretKey };
    const asPair = await post(WHO, pair);
    expect(asPair.status).toBe(200);
    expect(asPair.body.errors).toBeUndefined();
    // The secret key alone, or with another access key, is no credential.
    expect((await post(WHO, { 'x-api-token': secretKey })).status).toBe(401);
    expect((await post(WHO, { ...pair, 'x-access-key': 'plumb_ak_000000000000000000000000' })).status).toBe(401);
    // A key pair does not mint keys.
    expect((await post(CREATE, pair)).body.errors[0]).toMatchObject({
      message: 'creating an API key needs a user token, not a key pair',
      extensions: { code: 'FORBIDDEN' },
    });

    // Another user cannot revoke it; its owner can, and it stops authenticating.
    const stranger = await post(REVOKE, { 'x-api-token': globex.ownerUserToken }, { key: accessKey });
    expect(stranger.body.errors[0]).toMatchObject({ message: 'API key not found', extensions: { code: 'NOT_FOUND' } });
    expect((await post(WHO, pair)).status).toBe(200);
    expect((await post(REVOKE, asOwner(), { key: accessKey })).body).toEqual({ data: { revokeApiKey: 'ok' } });
    expect((await post(WHO, pair)).status).toBe(401);
    expect((await post(REVOKE, asOwner(), { key: accessKey })).body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('create and delete a user token (X-Api-Token), listed without its secret', async () => {
    const created = await post('mutation { createApiToken(description: "laptop") }', asOwner());
    const token: string = created.body.data.createApiToken;
    expect(token).toMatch(/^plumb_u_/);
    const [row] = await testApp.store.db
      .select()
      .from(schema.tokens)
      .where(eq(schema.tokens.secretHash, hashSecret(token)));
    expect(row).toMatchObject({ kind: 'user', name: 'laptop' });
    const mine = { id: row!.id };

    const foreign = await post(
      'mutation($id: Long!) { deleteApiToken(id: $id) }',
      { 'x-api-token': globex.ownerUserToken },
      { id: mine.id },
    );
    expect(foreign.body.errors[0].extensions.code).toBe('NOT_FOUND');
    const deleted = await post('mutation($id: Long!) { deleteApiToken(id: $id) }', asOwner(), { id: mine.id });
    expect(deleted.body).toEqual({ data: { deleteApiToken: 'ok' } });
    expect((await post(WHO, { 'x-api-token': token })).status).toBe(401);
  });
});
