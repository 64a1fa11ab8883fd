import { setTimeout as sleep } from 'node:timers/promises';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signJwt } from '../../crypto/jwt.js';
import { hashSecret } from '../../crypto/random-secret.js';
import { removeMember } from '../../domain/orgs/index.js';
import { findOrCreateUser, issueKeyPair, issueProjectToken, revokeToken } from '../../domain/provisioning.js';
import { CREDENTIAL_CACHE_MS } from '../credential-cache.js';
import { schema } from '../../store/index.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { bearer, consultantOf, openWorld, type Credential, type World } from './world.case.js';

const CONFIG = '/api/quality/gates/config';
const SESSION_KEY_PURPOSE = 'codestax-session-jwt';

describe(`CodeStax credentials on ${TEST_DRIVER}`, () => {
  let world: World;
  const config = (credential: Credential, headers?: Record<string, string>) =>
    world.call('GET', CONFIG, credential, headers ? { headers } : {});
  const login = (payload: object) => world.call('POST', '/api/auth/login', undefined, { payload });
  /** Gives the owner of acme a password (they have none after bootstrap) and answers it. */
  const ownerPassword = 'correct horse battery';

  beforeAll(async () => {
    world = await openWorld();
    const response = await world.call('POST', '/api/auth/change-password', bearer(world.member.OWNER), {
      payload: { new_password: ownerPassword },
    });
    expect(response.statusCode).toBe(200);
  });
  afterAll(() => world.close());

  async function sessionOfOwner(): Promise<string> {
    const response = await login({ email: 'owner@acme.example', password: ownerPassword });
    expect(response.statusCode).toBe(200);
    return response.json().access_token as string;
  }

  describe('refusals', () => {
    it('answers 401 {detail} without a credential, or with an unknown one', async () => {
      expect((await config(undefined)).json()).toEqual({ detail: 'Not authenticated' });
      for (const credential of [
        bearer('plumb_u_nope'),
        { apiKey: `ch_${'0'.repeat(64)}` },
        { apiKey: 'not-a-key' },
        bearer('e30.e30.c2ln'),
      ]) {
        const response = await config(credential);
        expect(response.statusCode, JSON.stringify(credential)).toBe(401);
        expect(Object.keys(response.json())).toEqual(['detail']);
      }
    });

    it('refuses project tokens and key pairs, which belong to other surfaces', async () => {
      const project = await issueProjectToken(world.testApp.store.db, world.web.id);
      expect((await config(bearer(project.secret))).statusCode).toBe(401);
      const { user } = await findOrCreateUser(world.testApp.store.db, { email: 'owner@acme.example' });
      const pair = await issueKeyPair(world.testApp.store.db, user.id);
      const response = await config(undefined, { 'x-access-key': pair.accessKey, 'x-secret-key': pair.secret });
      expect(response.statusCode).toBe(401);
    });

    it('asks a user of several organizations which one (400 naming X-Organization), by slug or id', async () => {
      const token = await consultantOf(world);
      const response = await config(bearer(token));
      expect([response.statusCode, response.json()]).toEqual([
        400,
        { detail: 'X-Organization: expected the slug or id of one of your organizations (acme, globex)' },
      ]);
      expect((await config(bearer(token), { 'x-organization': 'globex' })).json().org_id).toBe(
        world.globex.organization.id,
      );
      const byId = await config(bearer(token), { 'x-organization': String(world.acme.organization.id) });
      expect(byId.json().org_id).toBe(world.acme.organization.id);
    });

    it('answers 404 for an organization the user is not a member of', async () => {
      const response = await config(bearer(world.member.VIEWER), { 'x-organization': 'globex' });
      expect([response.statusCode, response.json()]).toEqual([404, { detail: 'Organization not found' }]);
    });
  });

  describe('session tokens (JWT)', () => {
    it('logs in with email and password: an HS256 JWT for Bearer, in the organization of the user', async () => {
      const response = await login({ email: 'OWNER@acme.example', password: ownerPassword });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ token_type: 'bearer', expires_in: 86_400, org_id: world.acme.organization.id });
      const [header] = (body.access_token as string).split('.');
      expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
      expect(Date.parse(body.expires_at) - Date.now()).toBeGreaterThan(86_000_000);
      const gate = await config(bearer(body.access_token));
      expect([gate.statusCode, gate.json().org_id]).toEqual([200, world.acme.organization.id]);
    });

    it('takes an OAuth2 password form, `username` for the email', async () => {
      const response = await world.testApp.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `username=owner%40acme.example&password=${encodeURIComponent(ownerPassword)}`,
      });
      expect(response.statusCode).toBe(200);
    });

    it('answers 401 for a wrong password, an unknown email, or a user without a password, alike', async () => {
      for (const payload of [
        { email: 'owner@acme.example', password: 'wrong password' },
        { email: 'nobody@acme.example', password: ownerPassword },
        { email: 'viewer@acme.example', password: ownerPassword },
      ]) {
        const response = await login(payload);
        expect([response.statusCode, response.json()]).toEqual([401, { detail: 'Incorrect email or password' }]);
      }
    });

    it('answers 400 naming the field for a login without email or password, or of the wrong type', async () => {
      expect((await login({ password: 'x' })).json()).toEqual({ detail: 'email: is required' });
      expect((await login({ email: 'owner@acme.example' })).json()).toEqual({ detail: 'password: is required' });
      const wrongType = await login({ email: 'owner@acme.example', password: 12345678 });
      expect([wrongType.statusCode, wrongType.json()]).toEqual([400, { detail: 'password: expected a string' }]);
    });

    it('asks a user of several organizations which one to open the session in', async () => {
      const token = await consultantOf(world);
      const set = await world.call('POST', '/api/auth/change-password', bearer(token), {
        payload: { new_password: 'consultant password' },
        headers: { 'x-organization': 'acme' },
      });
      expect(set.statusCode).toBe(200);
      const without = await login({ email: 'consultant@example.com', password: 'consultant password' });
      expect([without.statusCode, without.json().detail]).toEqual([
        400,
        'organization: expected the slug or id of one of your organizations (acme, globex)',
      ]);
      const inGlobex = await login({
        email: 'consultant@example.com',
        password: 'consultant password',
        organization: 'globex',
      });
      expect(inGlobex.json().org_id).toBe(world.globex.organization.id);
      // The session stays in its organization: the header cannot move it.
      const gate = await config(bearer(inGlobex.json().access_token), { 'x-organization': 'acme' });
      expect(gate.json().org_id).toBe(world.globex.organization.id);
    });

    it('refuses a session token once logged out, and leaves the other sessions alone', async () => {
      const first = await sessionOfOwner();
      const second = await sessionOfOwner();
      const out = await world.call('POST', '/api/auth/logout', bearer(first));
      expect([out.statusCode, out.json()]).toEqual([200, { logged_out: true }]);
      expect((await config(bearer(first))).statusCode).toBe(401);
      expect((await world.call('POST', '/api/auth/logout', bearer(first))).statusCode).toBe(401);
      expect((await config(bearer(second))).statusCode).toBe(200);
    });

    it('answers 400 to a logout with a token that is no session', async () => {
      const response = await world.call('POST', '/api/auth/logout', bearer(world.member.OWNER));
      expect(response.statusCode).toBe(400);
    });

    it('refuses every earlier session token once the password changes, and needs the current password', async () => {
      const session = await sessionOfOwner();
      const wrong = await world.call('POST', '/api/auth/change-password', bearer(session), {
        payload: { current_password: 'nope', new_password: 'another password' },
      });
      expect([wrong.statusCode, wrong.json()]).toEqual([
        400,
        { detail: 'current_password: expected your current password' },
      ]);
      const short = await world.call('POST', '/api/auth/change-password', bearer(session), {
        payload: { current_password: ownerPassword, new_password: 'short' },
      });
      expect([short.statusCode, short.json().detail]).toEqual([
        400,
        'new_password: expected a password of 8 to 200 characters',
      ]);
      const changed = await world.call('POST', '/api/auth/change-password', bearer(session), {
        payload: { current_password: ownerPassword, new_password: 'another password' },
      });
      expect(changed.statusCode).toBe(200);
      expect((await config(bearer(session))).statusCode).toBe(401);
      expect((await login({ email: 'owner@acme.example', password: ownerPassword })).statusCode).toBe(401);
      const back = await world.call('POST', '/api/auth/change-password', bearer(world.member.OWNER), {
        payload: { current_password: 'another password', new_password: ownerPassword },
      });
      expect(back.statusCode).toBe(200);
    });

    it('refuses an expired token, one signed with another key, and one claiming alg none', async () => {
      const key = world.secrets.derivedKey(SESSION_KEY_PURPOSE);
      const valid = await sessionOfOwner();
      const claims = JSON.parse(Buffer.from(valid.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
      const now = Math.floor(Date.now() / 1000);
      const expired = signJwt({ ...claims, iat: now - 7200, exp: now - 3600 }, key);
      const foreign = signJwt({ ...claims, iat: now, exp: now + 3600 }, Buffer.alloc(32, 7));
      const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${valid.split('.')[1]}.`;
      for (const token of [expired, foreign, none, `${valid}x`])
        expect((await config(bearer(token))).statusCode, token).toBe(401);
      expect((await config(bearer(signJwt({ ...claims, iat: now, exp: now + 60 }, key)))).statusCode).toBe(200);
    });

    it('refuses a session whose user left its organization', async () => {
      const token = await world.acme.memberUserToken('leaver@acme.example', 'VIEWER');
      await world.call('POST', '/api/auth/change-password', bearer(token), {
        payload: { new_password: 'leaver password' },
      });
      const session = (await login({ email: 'leaver@acme.example', password: 'leaver password' })).json().access_token;
      expect((await config(bearer(session))).statusCode).toBe(200);
      const { user } = await findOrCreateUser(world.testApp.store.db, { email: 'leaver@acme.example' });
      // Removed outside this app's requests (as on another node): the session's access is reused for at most
      // CREDENTIAL_CACHE_MS.
      await removeMember(world.testApp.store.db, world.acme.owner, user.uuid);
      await sleep(CREDENTIAL_CACHE_MS + 50);
      expect((await config(bearer(session))).statusCode).toBe(401);
    });
  });

  describe('API keys (X-API-Key)', () => {
    const createKey = (payload: object, credential: Credential = bearer(world.member.ADMIN)) =>
      world.call('POST', '/api/auth/api-keys', credential, { payload });

    it('creates a key of ch_ and 64 hex digits, shown once and stored hashed, acting with its role', async () => {
      const response = await createKey({ name: 'ci', role: 'ADMIN' });
      expect(response.statusCode).toBe(200);
      const created = response.json();
      expect(created).toMatchObject({ name: 'ci', role: 'ADMIN', expires_at: null });
      expect(created.key).toMatch(/^ch_[0-9a-f]{64}$/);
      const { tokens } = schema;
      const [row] = await world.testApp.store.db.select().from(tokens).where(eq(tokens.id, created.id));
      expect(row!.secretHash).toBe(hashSecret(created.key));
      expect(JSON.stringify(row)).not.toContain(created.key);
      const put = await world.call('PUT', CONFIG, { apiKey: created.key }, { payload: { policy: {} } });
      expect(put.statusCode).toBe(200);
      const list = await world.call('GET', '/api/auth/api-keys', bearer(world.member.OWNER));
      expect(list.statusCode).toBe(200);
      expect(JSON.stringify(list.json())).not.toContain(created.key);
      expect(list.json().api_keys[0]).toMatchObject({ id: created.id, role: 'ADMIN', revoked: false });
    });

    it('gives a key VIEWER by default: it reads the gate and gets 403 on PUT', async () => {
      const { key } = (await createKey({ name: 'dashboard' })).json();
      expect((await config({ apiKey: key })).statusCode).toBe(200);
      const put = await world.call('PUT', CONFIG, { apiKey: key }, { payload: { policy: {} } });
      expect([put.statusCode, put.json()]).toEqual([
        403,
        { detail: 'changing the quality gate needs one of the roles OWNER, ADMIN' },
      ]);
    });

    it('refuses a revoked key with 401 from the next request on, though it was just used', async () => {
      const { id, key } = (await createKey({ name: 'to revoke' })).json();
      expect((await config({ apiKey: key })).statusCode).toBe(200);
      const revoked = await world.call('POST', `/api/auth/api-keys/${id}/revoke`, bearer(world.member.OWNER));
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json()).toMatchObject({ id, revoked: true });
      expect((await config({ apiKey: key })).statusCode).toBe(401);
      const again = await world.call('POST', `/api/auth/api-keys/${id}/revoke`, bearer(world.member.OWNER));
      expect([again.statusCode, again.json()]).toEqual([404, { detail: 'API key not found' }]);
    });

    it('refuses a key an operator revoked outside the API (another node) within CREDENTIAL_CACHE_MS', async () => {
      const { id, key } = (await createKey({ name: 'revoked elsewhere' })).json();
      expect((await config({ apiKey: key })).statusCode).toBe(200);
      await revokeToken(world.testApp.store.db, id);
      await sleep(CREDENTIAL_CACHE_MS + 50);
      expect((await config({ apiKey: key })).statusCode).toBe(401);
    });

    it('lets only OWNER and ADMIN users manage keys, never a key, and never ownership', async () => {
      for (const token of [world.member.EDITOR, world.member.VIEWER, world.member.BILLING])
        expect((await createKey({ name: 'x' }, bearer(token))).statusCode).toBe(403);
      const { key } = (await createKey({ name: 'admin key', role: 'ADMIN' })).json();
      expect((await createKey({ name: 'minted' }, { apiKey: key })).statusCode).toBe(403);
      const owner = await createKey({ name: 'x', role: 'OWNER' });
      expect([owner.statusCode, owner.json().detail]).toEqual([400, 'role: expected one of ADMIN, EDITOR, VIEWER']);
      const past = await createKey({ name: 'x', expires_at: '2001-01-01T00:00:00Z' });
      expect([past.statusCode, past.json().detail]).toEqual([400, 'expires_at: expected a time in the future']);
      expect((await createKey({ name: '' })).statusCode).toBe(400);
      const garbage = await createKey({ name: 'x', expires_at: 'next tuesday' });
      expect([garbage.statusCode, garbage.json().detail]).toEqual([400, 'expires_at: must match format "date-time"']);
    });

    it("answers 404 for another organization's key, leaving it live", async () => {
      const { id, key } = (await createKey({ name: 'globex ci' }, bearer(world.globex.ownerUserToken))).json();
      const response = await world.call('POST', `/api/auth/api-keys/${id}/revoke`, bearer(world.member.OWNER));
      expect([response.statusCode, response.json()]).toEqual([404, { detail: 'API key not found' }]);
      expect((await config({ apiKey: key })).json().org_id).toBe(world.globex.organization.id);
    });
  });
});
