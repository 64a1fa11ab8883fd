import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOrCreateUser, findOrganizationBySlug, putMembership } from '../../domain/provisioning.js';
import { createTenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';

const HEADER = { 'x-plumb-dashboard': '1' };
const OWNER = { email: 'olivia@acme.test', password: 'correct horse battery' };

let world: TestApp;
let scratch: string;

/** The session cookie a response sets, as a browser would send it back. */
function cookieFrom(response: { headers: Record<string, unknown> }): string {
  const header = String(response.headers['set-cookie']);
  return header.split(';')[0]!;
}

const inject = (options: InjectOptions) => world.app.inject(options);

const graphql = (cookie: string, query: string, headers: Record<string, string> = HEADER) =>
  inject({ method: 'POST', url: '/graphql', headers: { cookie, ...headers }, payload: { query } });

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'plumb-web-root-'));
  const webRoot = path.join(scratch, 'dist');
  await mkdir(path.join(webRoot, 'assets'), { recursive: true });
  await writeFile(path.join(webRoot, 'index.html'), '<!doctype html><title>Plumb</title>');
  await writeFile(path.join(webRoot, 'assets', 'main-1a2b3c.js'), 'console.log(1)');
  await writeFile(path.join(scratch, 'outside.txt'), 'not to be served');
  await mkdir(path.join(webRoot, '.vite'));
  await writeFile(path.join(webRoot, '.vite', 'manifest.json'), '{"index.html":{}}');
  world = await openTestApp(undefined, { webRoot });
}, 60_000);

afterAll(async () => {
  await world.close();
  await rm(scratch, { recursive: true, force: true });
});

describe('first run', () => {
  it('creates the first organization and its owner and signs them in; refused once one exists', async () => {
    expect((await inject({ method: 'GET', url: '/api/dashboard/first-run' })).json()).toEqual({ firstRun: true });
    const body = { organization: 'acme', organizationName: 'Acme', name: 'Olivia', ...OWNER };
    const noHeader = await inject({ method: 'POST', url: '/api/dashboard/first-run', payload: body });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().message).toContain('x-plumb-dashboard');
    const badSlug = await inject({
      method: 'POST',
      url: '/api/dashboard/first-run',
      headers: HEADER,
      payload: { ...body, organization: 'Acme Corp' },
    });
    expect(badSlug.statusCode).toBe(400);
    expect(badSlug.json().message).toMatch(/^organization: expected/);
    const shortPassword = await inject({
      method: 'POST',
      url: '/api/dashboard/first-run',
      headers: HEADER,
      payload: { ...body, password: 'short' },
    });
    expect(shortPassword.statusCode).toBe(400);
    expect(shortPassword.json().message).toMatch(/^password: expected a password of 8 to 200 characters/);

    const created = await inject({ method: 'POST', url: '/api/dashboard/first-run', headers: HEADER, payload: body });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      user: { email: OWNER.email, displayName: 'Olivia' },
      organization: { slug: 'acme', name: 'Acme' },
    });
    expect(String(created.headers['set-cookie'])).toMatch(
      /^plumb_session=[^;]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=86400$/,
    );
    const again = await inject({
      method: 'POST',
      url: '/api/dashboard/first-run',
      headers: HEADER,
      payload: { ...body, organization: 'other', email: 'eve@other.test' },
    });
    expect(again.statusCode).toBe(409);
    expect(await findOrganizationBySlug(world.store.db, 'other')).toBeUndefined();
    expect((await inject({ method: 'GET', url: '/api/dashboard/first-run' })).json()).toEqual({ firstRun: false });
  });
});

describe('the session cookie', () => {
  let cookie: string;

  beforeAll(async () => {
    const signedIn = await inject({ method: 'POST', url: '/api/dashboard/session', headers: HEADER, payload: OWNER });
    expect(signedIn.statusCode).toBe(200);
    cookie = cookieFrom(signedIn);
    // The owner also belongs to beta, as a viewer.
    await createTenant(world.store, 'beta');
    const beta = (await findOrganizationBySlug(world.store.db, 'beta'))!;
    const { user } = await findOrCreateUser(world.store.db, { email: OWNER.email });
    await putMembership(world.store.db, beta.id, user.id, 'VIEWER');
  });

  it('refuses a wrong password without telling which of the two was wrong', async () => {
    const wrong = await inject({
      method: 'POST',
      url: '/api/dashboard/session',
      headers: HEADER,
      payload: { ...OWNER, password: 'not the password' },
    });
    expect({ status: wrong.statusCode, body: wrong.json() }).toEqual({
      status: 401,
      body: { message: 'Incorrect email or password' },
    });
  });

  it("is read only with the dashboard's header, so another site's request carries no session", async () => {
    const withHeader = await inject({ method: 'GET', url: '/api/dashboard/session', headers: { cookie, ...HEADER } });
    expect(withHeader.json().organization.slug).toBe('acme');
    const without = await inject({ method: 'GET', url: '/api/dashboard/session', headers: { cookie } });
    expect(without.statusCode).toBe(401);
    const viewer = await graphql(cookie, '{ plumbViewer { email organizations { slug role } } }');
    expect(viewer.json().data.plumbViewer).toEqual({
      email: OWNER.email,
      organizations: [
        { slug: 'acme', role: 'OWNER' },
        { slug: 'beta', role: 'VIEWER' },
      ],
    });
    const crossSite = await graphql(cookie, '{ plumbViewer { email } }', {});
    expect(crossSite.statusCode).toBe(401);
  });

  it('adds a project through GraphQL, naming a bad field, and never answers its SSH key', async () => {
    const add = (project: string, organization = 'acme') =>
      graphql(
        cookie,
        `mutation { plumbAddProject(organization: "${organization}", project: ${project}) {
          id provider path gitUrl defaultBranch trackedBranches latest { analysisId } trend } }`,
      );
    const noKey = await add('{ provider: "gp", path: "web", gitUrl: "git@example.com:acme/web.git" }');
    expect(noKey.json().errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(noKey.json().errors[0].message).toContain('sshKey');
    const badBranch = await add(
      '{ provider: "g", path: "acme/web", gitUrl: "https://example.com/a.git", defaultBranch: "-x" }',
    );
    expect(badBranch.json().errors[0].message).toContain('defaultBranch');
    const key = '-----BEGIN OPENSSH PRIVATE KEY-----\\nkey-material-never-returned\\n-----END OPENSSH PRIVATE KEY-----';
    const added = await add(
      `{ provider: "gp", path: "web", gitUrl: "git@example.com:acme/web.git", sshKey: "${key}",
         defaultBranch: "trunk", trackedBranches: ["release", "release"] }`,
    );
    expect(added.body).not.toContain('key-material-never-returned');
    expect(added.json().data.plumbAddProject).toMatchObject({
      provider: 'gp',
      path: 'web',
      defaultBranch: 'trunk',
      trackedBranches: ['release'],
      latest: null,
      trend: [],
    });
    const listed = await graphql(
      cookie,
      '{ plumbProjects(organization: "acme") { path defaultBranch latest { gate } } }',
    );
    expect(listed.json().data.plumbProjects).toEqual([{ path: 'web', defaultBranch: 'trunk', latest: null }]);
    const id = added.json().data.plumbAddProject.id as number;
    const one = (projectId: number) =>
      graphql(cookie, `{ plumbProject(organization: "acme", id: ${projectId}) { id path latest { gate } } }`);
    expect((await one(id)).json().data.plumbProject).toEqual({ id, path: 'web', latest: null });
    expect((await one(id + 1000)).json().data.plumbProject).toBeNull();
    const asViewer = await add('{ provider: "gp", path: "other", gitUrl: "https://example.com/o.git" }', 'beta');
    expect(asViewer.json().errors[0].extensions.code).toBe('FORBIDDEN');
    const elsewhere = await graphql(cookie, '{ plumbProjects(organization: "gamma") { path } }');
    expect(elsewhere.json().errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it("switches to another of the user's organizations and revokes the token it replaces", async () => {
    const notMine = await inject({
      method: 'PUT',
      url: '/api/dashboard/session/organization',
      headers: { cookie, ...HEADER },
      payload: { organization: 'gamma' },
    });
    expect(notMine.statusCode).toBe(404);
    const switched = await inject({
      method: 'PUT',
      url: '/api/dashboard/session/organization',
      headers: { cookie, ...HEADER },
      payload: { organization: 'beta' },
    });
    expect(switched.json().organization).toEqual({ slug: 'beta', name: 'beta' });
    const replaced = await inject({ method: 'GET', url: '/api/dashboard/session', headers: { cookie, ...HEADER } });
    expect(replaced.statusCode).toBe(401);
    cookie = cookieFrom(switched);
    const now = await inject({ method: 'GET', url: '/api/dashboard/session', headers: { cookie, ...HEADER } });
    expect(now.json().organization.slug).toBe('beta');
  });

  it('signs out: the cookie is cleared and its token refused from then on', async () => {
    const out = await inject({ method: 'DELETE', url: '/api/dashboard/session', headers: { cookie, ...HEADER } });
    expect(out.json()).toEqual({ signedOut: true });
    expect(String(out.headers['set-cookie'])).toMatch(/^plumb_session=; .*Max-Age=0/);
    const after = await inject({ method: 'GET', url: '/api/dashboard/session', headers: { cookie, ...HEADER } });
    expect(after.json()).toEqual({ message: 'Your session has ended: sign in again' });
    const graph = await graphql(cookie, '{ plumbViewer { email } }');
    expect(graph.json().errors[0].message).toBe('Your session has ended: sign in again');
  });
});

describe('the built dashboard at /', () => {
  it('serves index.html for client routes, revalidated, with its Content-Security-Policy', async () => {
    const file = '/orgs/acme/projects/1/code/src/app.py?line=3';
    for (const url of ['/', '/orgs/acme', '/orgs/acme/projects/new?x=1', '/sign-in', file]) {
      const page = await inject({ method: 'GET', url });
      expect({ url, status: page.statusCode, body: page.body }).toEqual({
        url,
        status: 200,
        body: '<!doctype html><title>Plumb</title>',
      });
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    }
  });

  it('caches hashed assets for a year and answers 404 for a file the build does not have', async () => {
    const asset = await inject({ method: 'GET', url: '/assets/main-1a2b3c.js' });
    expect(asset.headers).toMatchObject({
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': 'text/javascript; charset=utf-8',
    });
    const missing = await inject({ method: 'GET', url: '/assets/missing-000.js' });
    expect({ status: missing.statusCode, body: missing.json() }).toEqual({
      status: 404,
      body: { message: 'no route for GET /assets/missing-000.js' },
    });
  });

  it('never shadows an API prefix, another method, or a file outside the build', async () => {
    const scrutinizer = await inject({ method: 'GET', url: '/api/no-such-route' });
    expect(scrutinizer.statusCode).toBe(404);
    expect(scrutinizer.headers['content-type']).toContain('application/json');
    for (const url of ['/api/dashboard/nope', '/graphiql/nope', '/api/auth/nope', '/api/v1/public/nope']) {
      const answer = await inject({ method: 'GET', url });
      expect({ url, status: answer.statusCode, html: answer.body.includes('<title>Plumb') }).toEqual({
        url,
        status: 404,
        html: false,
      });
    }
    expect((await inject({ method: 'POST', url: '/orgs/acme' })).statusCode).toBe(404);
    expect((await inject({ method: 'GET', url: '/.vite/manifest.json' })).statusCode).toBe(404);
    for (const url of ['/..%2foutside.txt', '/%2e%2e/outside.txt', '/assets/..%2f..%2foutside.txt']) {
      const answer = await inject({ method: 'GET', url });
      expect(answer.body).not.toContain('not to be served');
    }
    expect((await inject({ method: 'GET', url: '/healthz' })).json()).toMatchObject({ status: 'ok' });
  });
});
