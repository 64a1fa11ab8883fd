import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticate } from '../src/auth/index.js';
import { organizationAccess } from '../src/domain/access/index.js';
import { createProject } from '../src/domain/projects/index.js';
import {
  bootstrapOrganization,
  issueKeyPair,
  issueProjectToken,
  issueUserToken,
  revokeToken,
  type BootstrapResult,
} from '../src/domain/provisioning.js';
import { schema } from '../src/store/index.js';
import { accessOf } from './support/tenant-fixture.js';
import { openTestApp, type TestApp } from './support/test-app.js';
import { TEST_DRIVER } from './support/test-store.js';

// The resolver, through HTTP on the real app: a probe route answers with the principal it resolved.
async function addWhoAmI(app: FastifyInstance, testApp: () => TestApp): Promise<void> {
  app.get('/test/whoami', async (request, reply) => {
    const result = await authenticate(testApp().store.db, request);
    if (result.outcome !== 'authenticated') return reply.status(401).send({ outcome: result.outcome });
    const { principal } = result;
    return {
      kind: principal.tokenKind,
      user: principal.user?.email ?? null,
      organization: principal.organization?.slug ?? null,
      project: principal.project?.uuid ?? null,
      role: principal.role,
    };
  });
  app.get('/test/orgs/:slug', async (request, reply) => {
    const result = await authenticate(testApp().store.db, request);
    if (result.outcome !== 'authenticated') return reply.status(401).send({ outcome: result.outcome });
    const access = await organizationAccess(
      testApp().store.db,
      result.principal,
      (request.params as { slug: string }).slug,
    );
    return { slug: access.organization.slug, role: access.role };
  });
}

describe(`credential resolver on ${TEST_DRIVER}`, () => {
  let testApp: TestApp;
  let acme: BootstrapResult;
  let globex: BootstrapResult;
  let projectToken: string;
  let projectUuid: string;
  let keyPair: { accessKey: string; secret: string };

  beforeAll(async () => {
    testApp = await openTestApp((app) => addWhoAmI(app, () => testApp));
    const db = testApp.store.db;
    acme = await bootstrapOrganization(db, { slug: 'acme', email: 'owner@acme.test' });
    globex = await bootstrapOrganization(db, { slug: 'globex', email: 'owner@globex.test' });
    const project = await createProject(db, await accessOf(db, acme.userToken, 'acme'), {
      provider: 'g',
      owner: 'acme',
      name: 'web',
    });
    projectUuid = project.uuid;
    projectToken = (await issueProjectToken(db, project.id)).secret;
    const [owner] = await db.select().from(schema.users).where(eq(schema.users.uuid, acme.user.uuid));
    keyPair = await issueKeyPair(db, owner!.id);
  });
  afterAll(async () => testApp.close());

  const whoami = (headers: Record<string, string>, query = '') =>
    testApp.app.inject({ method: 'GET', url: `/test/whoami${query}`, headers });

  it.each([
    ['?access_token=', (token: string) => [{}, `?access_token=${token}`] as const],
    ['Authorization: Bearer', (token: string) => [{ authorization: `Bearer ${token}` }, ''] as const],
    ['api-token:', (token: string) => [{ 'api-token': token }, ''] as const],
    ['X-Api-Token:', (token: string) => [{ 'x-api-token': token }, ''] as const],
    ['X-API-Key:', (token: string) => [{ 'X-API-Key': token }, ''] as const],
  ])('accepts a user token as %s', async (_style, present) => {
    const [headers, query] = present(acme.userToken);
    const response = await whoami({ ...headers }, query);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      kind: 'user',
      user: 'owner@acme.test',
      organization: null,
      project: null,
      role: null,
    });
  });

  it('accepts an organization token as Bearer, with its organization and role', async () => {
    const response = await whoami({ authorization: `Bearer ${acme.organizationToken}` });
    expect(response.json()).toEqual({
      kind: 'organization',
      user: null,
      organization: 'acme',
      project: null,
      role: 'ADMIN',
    });
  });

  it('accepts a project token as project-token:, scoped to its project and organization', async () => {
    const response = await whoami({ 'project-token': projectToken });
    expect(response.json()).toEqual({
      kind: 'project',
      user: null,
      organization: 'acme',
      project: projectUuid,
      role: null,
    });
  });

  it('accepts an API key pair only with both halves', async () => {
    const both = await whoami({ 'x-access-key': keyPair.accessKey, 'x-secret-key': keyPair.secret });
    expect(both.json()).toMatchObject({ kind: 'key_pair', user: 'owner@acme.test' });
    expect((await whoami({ 'x-api-token': keyPair.secret })).statusCode).toBe(401);
    expect((await whoami({ 'x-access-key': 'plumb_ak_wrong', 'x-secret-key': keyPair.secret })).statusCode).toBe(401);
  });

  it('tells a missing credential from an invalid one', async () => {
    expect((await whoami({})).json()).toEqual({ outcome: 'missing' });
    expect((await whoami({ authorization: 'Bearer plumb_u_not-a-real-token' })).json()).toEqual({ outcome: 'invalid' });
  });

  it('refuses revoked and expired tokens', async () => {
    const db = testApp.store.db;
    const [owner] = await db.select().from(schema.users).where(eq(schema.users.uuid, globex.user.uuid));
    const revoked = await issueUserToken(db, owner!.id);
    await revokeToken(db, revoked.id);
    const expired = await issueUserToken(db, owner!.id, { expiresAt: new Date(Date.now() - 1000) });
    expect((await whoami({ 'api-token': revoked.secret })).json()).toEqual({ outcome: 'invalid' });
    expect((await whoami({ 'api-token': expired.secret })).json()).toEqual({ outcome: 'invalid' });
  });

  it('stores only hashes and records when a token was last used', async () => {
    // A token used here, so that one has been used even when this test runs alone.
    expect((await whoami({ 'api-token': acme.userToken })).statusCode).toBe(200);
    const rows = await testApp.store.db.select().from(schema.tokens);
    const secrets = [acme.userToken, acme.organizationToken, projectToken, keyPair.secret];
    for (const row of rows) expect(secrets).not.toContain(row.secretHash);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.secretHash))).toBe(true);
    const acmeOwner = (
      await testApp.store.db.select().from(schema.users).where(eq(schema.users.emailKey, 'owner@acme.test'))
    )[0]!;
    const fresh = await issueUserToken(testApp.store.db, acmeOwner.id);
    const lastUsed = async () =>
      (await testApp.store.db.select().from(schema.tokens).where(eq(schema.tokens.id, fresh.id)))[0]!.lastUsedAt;
    expect(await lastUsed()).toBeNull();
    const before = Date.now();
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/test/whoami',
      headers: { 'api-token': fresh.secret },
    });
    expect(response.statusCode).toBe(200);
    expect((await lastUsed())?.getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it("answers 404 for another organization's objects, whatever the credential", async () => {
    const inject = (url: string, headers: Record<string, string>) =>
      testApp.app.inject({ method: 'GET', url, headers });
    expect((await inject('/test/orgs/acme', { 'api-token': acme.userToken })).json()).toEqual({
      slug: 'acme',
      role: 'OWNER',
    });
    expect((await inject('/test/orgs/globex', { 'api-token': acme.userToken })).statusCode).toBe(404);
    expect((await inject('/test/orgs/globex', { authorization: `Bearer ${acme.organizationToken}` })).statusCode).toBe(
      404,
    );
    expect((await inject('/test/orgs/acme', { authorization: `Bearer ${globex.organizationToken}` })).statusCode).toBe(
      404,
    );
    expect((await inject('/test/orgs/no-such-org', { 'api-token': acme.userToken })).statusCode).toBe(404);
  });
});
