import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisById, purgeArtifacts, putArtifact, type Analysis } from '../../domain/analyses/index.js';
import { findOrCreateUser, issueUserToken, putMembership } from '../../domain/provisioning.js';
import { ANALYSIS_QUEUE, type AnalysisJob } from '../../jobs/queue.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { JAVASCRIPT, PYTHON, repositoryOf, storeAnalysis } from './analyses.case.js';
import { openWorld, type Person, type World } from './world.case.js';

const DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/;
const SHA1 = '1'.repeat(40);
const SHA2 = '2'.repeat(40);
const WEB = '/api/repositories/g/acme/web';
const PLAIN = '/api/repositories/gp/plain';

describe(`scrutinizer inspections on ${TEST_DRIVER}`, () => {
  let world: World;
  let first: Analysis;
  let second: Analysis;
  let plain: Analysis;
  /** A VIEWER of acme in a team with developer access to acme/web. */
  let developer: Person;

  beforeAll(async () => {
    world = await openWorld();
    const add = async (url: string, payload: object, token = world.owner.token) =>
      expect((await world.call('POST', url, token, payload)).statusCode).toBe(201);
    await add('/api/repositories/g', { name: 'acme/web', organization: 'acme' });
    await add('/api/repositories/gp', {
      name: 'plain',
      git_url: 'git@host.test:plain.git',
      ssh_key: 'k',
      organization: 'acme',
    });
    await add('/api/repositories/b', { name: 'acme/bucket', organization: 'acme' });
    await add('/api/repositories/gl', { name: 'acme/lab', organization: 'acme' });
    const web = await repositoryOf(world, world.owner, { provider: 'g', instance: '', owner: 'acme', name: 'web' });
    first = await storeAnalysis(world, web, { 'a.py': PYTHON }, SHA1);
    second = await storeAnalysis(world, web, { 'a.py': PYTHON, 'b.js': JAVASCRIPT }, SHA2);
    const plainRepository = await repositoryOf(world, world.owner, {
      provider: 'gp',
      instance: '',
      owner: '',
      name: 'plain',
    });
    plain = await storeAnalysis(world, plainRepository, { 'a.py': PYTHON }, SHA1);

    const db = world.testApp.store.db;
    const { user } = await findOrCreateUser(db, { email: 'dev@acme.test' });
    await putMembership(db, world.acme.id, user.id, 'VIEWER');
    developer = { uuid: user.uuid, email: user.email, token: (await issueUserToken(db, user.id)).secret };
    const team = (await world.call('POST', '/api/organizations/acme/teams', world.owner.token, { name: 'Devs' })).json()
      .uuid;
    await world.call('PUT', `/api/organizations/acme/teams/${team}/members`, world.owner.token, {
      email: developer.email,
    });
    const permission = await world.call(
      'PUT',
      `/api/organizations/acme/teams/${team}/permissions/g/acme/web`,
      world.owner.token,
      { access: 'developer' },
    );
    expect(permission.statusCode).toBeLessThan(300);
  });
  afterAll(async () => world.testApp.close());

  describe('listing', () => {
    it('lists the most recent first, with HAL links and each inspection', async () => {
      const response = await world.call('GET', `${WEB}/inspections`, world.viewer.token);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ page: 1, limit: 20, sort_field: 'created_at', sort_order: 'desc', total: 2 });
      expect(body._links.self.href).toBe(`${WEB}/inspections?page=1&per_page=20`);
      expect(body._links.first.href).toBe(`${WEB}/inspections?page=1&per_page=20`);
      expect(body._links.next).toBeUndefined();
      const [latest, earlier] = body._embedded.inspections;
      expect(latest).toEqual({
        uuid: second.uuid,
        state: 'completed',
        created_at: expect.stringMatching(DATE),
        started_at: expect.stringMatching(DATE),
        finished_at: expect.stringMatching(DATE),
        _links: { self: { href: `${WEB}/inspections/${second.uuid}` } },
      });
      expect(earlier.uuid).toBe(first.uuid);
    });

    it('pages with page and per_page, past the end too', async () => {
      const one = (await world.call('GET', `${WEB}/inspections?per_page=1`, world.owner.token)).json();
      expect(one._embedded.inspections.map((i: { uuid: string }) => i.uuid)).toEqual([second.uuid]);
      expect(one._links.next.href).toBe(`${WEB}/inspections?page=2&per_page=1`);
      const two = (await world.call('GET', `${WEB}/inspections?page=2&per_page=1`, world.owner.token)).json();
      expect(two._embedded.inspections.map((i: { uuid: string }) => i.uuid)).toEqual([first.uuid]);
      expect(two._links.next).toBeUndefined();
      expect(two._links.previous.href).toBe(`${WEB}/inspections?page=1&per_page=1`);
      const past = await world.call('GET', `${WEB}/inspections?page=9&per_page=1`, world.owner.token);
      expect(past.statusCode).toBe(200);
      expect(past.json()).toMatchObject({ page: 9, total: 2, _embedded: { inspections: [] } });
    });

    it('sorts by created_at or finished_at, ascending or descending, and keeps the sort in its links', async () => {
      const ascending = (
        await world.call('GET', `${WEB}/inspections?sort_order=asc&per_page=1`, world.owner.token)
      ).json();
      expect(ascending).toMatchObject({ sort_field: 'created_at', sort_order: 'asc' });
      expect(ascending._embedded.inspections[0].uuid).toBe(first.uuid);
      expect(ascending._links.next.href).toBe(`${WEB}/inspections?page=2&per_page=1&sort_order=asc`);
      const finished = (
        await world.call('GET', `${WEB}/inspections?sort_field=finished_at&sort_order=desc`, world.owner.token)
      ).json();
      expect(finished.sort_field).toBe('finished_at');
      expect(finished._embedded.inspections.map((i: { uuid: string }) => i.uuid)).toEqual([second.uuid, first.uuid]);
    });

    it('refuses a bad sort or page size with 400 {message} naming it', async () => {
      for (const [query, field] of [
        ['sort_field=uuid', 'sort_field'],
        ['sort_order=up', 'sort_order'],
        ['per_page=101', 'per_page'],
        ['per_page=0', 'per_page'],
        ['page=0', 'page'],
      ]) {
        const response = await world.call('GET', `${WEB}/inspections?${query}`, world.owner.token);
        expect(response.statusCode, query).toBe(400);
        expect(response.json().message, query).toMatch(new RegExp(`^${field}: `));
      }
    });

    it('serves every path form through the same handler', async () => {
      const gp = (await world.call('GET', `${PLAIN}/inspections`, world.owner.token)).json();
      expect(gp._embedded.inspections.map((i: { uuid: string }) => i.uuid)).toEqual([plain.uuid]);
      expect(gp._links.self.href).toBe(`${PLAIN}/inspections?page=1&per_page=20`);
      for (const url of ['/api/repositories/b/acme/bucket', '/api/repositories/gl/gitlab-com/acme/lab']) {
        const response = await world.call('GET', `${url}/inspections`, world.owner.token);
        expect(response.statusCode, url).toBe(200);
        expect(response.json()).toMatchObject({ total: 0, _embedded: { inspections: [] } });
      }
    });
  });

  describe('details', () => {
    it("shows a completed inspection as the seed's sample: build, metadata, repository, indices and diff", async () => {
      const response = await world.call('GET', `${WEB}/inspections/${second.uuid}`, world.viewer.token);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({
        uuid: second.uuid,
        state: 'completed',
        created_at: expect.stringMatching(DATE),
        started_at: expect.stringMatching(DATE),
        finished_at: expect.stringMatching(DATE),
        build: {
          status: 'failed',
          details: { analysis: { failures: ['issues.new.exists'], status: 'failed' } },
        },
        metadata: { title: `at ${SHA2}`, source_reference: SHA2, branch: 'main' },
        _links: { self: { href: `${WEB}/inspections/${second.uuid}` }, repository: { href: WEB } },
      });
      expect(Object.keys(body._embedded).sort()).toEqual(['base_index', 'head_index', 'index_diff', 'repository']);
      expect(body._embedded.repository).toMatchObject({
        type: 'g',
        login: 'acme',
        name: 'web',
        _links: { self: { href: WEB } },
      });
      expect(body._embedded.repository.applications).toBeUndefined();
      expect(body._embedded.head_index).toMatchObject({
        source_reference: SHA2,
        branch_reference: 'main',
        outdated: false,
      });
      expect(body._embedded.base_index).toMatchObject({ source_reference: SHA1, branch_reference: 'main' });
      expect(body._embedded.head_index.id).toBeGreaterThan(body._embedded.base_index.id);
      expect(body._embedded.index_diff).toEqual({
        nb_new_issues: expect.any(Number),
        nb_common_issues: expect.any(Number),
        nb_fixed_issues: 0,
        nb_added_code_elements: expect.any(Number),
        nb_common_code_elements: expect.any(Number),
        nb_changed_code_elements: expect.any(Number),
        nb_removed_code_elements: expect.any(Number),
      });
      expect(body._embedded.index_diff.nb_new_issues).toBeGreaterThan(0);
      expect(body._embedded.index_diff.nb_common_issues).toBeGreaterThan(0);
      const head = body._embedded.head_index._embedded.project.metric_values;
      expect(head['scrutinizer.nb_issues']).toBe(
        body._embedded.index_diff.nb_new_issues + body._embedded.index_diff.nb_common_issues,
      );
    });

    it('shows the first inspection without a base index', async () => {
      const body = (await world.call('GET', `${WEB}/inspections/${first.uuid}`, world.owner.token)).json();
      expect(body._embedded.head_index.source_reference).toBe(SHA1);
      expect(body._embedded.base_index).toBeUndefined();
      expect(body._embedded.index_diff.nb_common_issues).toBe(0);
    });

    it('answers 404 {message} for an unknown inspection, or one of another repository', async () => {
      for (const url of [
        `${WEB}/inspections/00000000-0000-4000-8000-000000000000`,
        `${PLAIN}/inspections/${second.uuid}`,
      ]) {
        const response = await world.call('GET', url, world.owner.token);
        expect(response.statusCode, url).toBe(404);
        expect(Object.keys(response.json())).toEqual(['message']);
      }
    });
  });

  describe('creating and canceling', () => {
    it('records an inspection, queues it on pg-boss, and answers 201 with Location and its details', async () => {
      const response = await world.call('POST', `${WEB}/inspections`, world.owner.token, {
        branch: 'main',
        source_reference: 'ABCDEF1',
        title: 'Nightly',
        config: "build_failure_conditions:\n  - 'elements.rating(<= C).new.exists'\n",
      });
      expect(response.statusCode).toBe(201);
      const body = response.json();
      expect(response.headers.location).toBe(`${WEB}/inspections/${body.uuid}`);
      expect(body).toMatchObject({
        state: 'new',
        build: { status: 'unknown', details: { analysis: { failures: [], status: 'unknown' } } },
        metadata: { title: 'Nightly', source_reference: 'abcdef1', branch: 'main' },
        _links: { repository: { href: WEB } },
      });
      expect(body.started_at).toBeUndefined();
      expect(Object.keys(body._embedded)).toEqual(['repository']);
      const details = await world.call('GET', response.headers.location as string, world.owner.token);
      expect(details.json()).toEqual(body);

      const boss = (await world.testApp.queue.opened()).boss;
      const jobs = await boss.fetch<AnalysisJob>(ANALYSIS_QUEUE, { batchSize: 10 });
      const queued = await Promise.all(
        jobs.map(async (job) => (await analysisById(world.testApp.store.db, job.data.analysisId))?.uuid),
      );
      expect(queued).toContain(body.uuid);
      const analysis = await analysisById(world.testApp.store.db, jobs[queued.indexOf(body.uuid)]!.data.analysisId);
      expect(analysis?.configOverride).toMatch(/elements\.rating/);
    });

    it('refuses bad input with 400 {message} naming the field', async () => {
      for (const [payload, field] of [
        [{}, 'branch'],
        [{ branch: '' }, 'branch'],
        [{ branch: 'bad..ref' }, 'branch'],
        [{ branch: 'main', source_reference: 'not-a-sha' }, 'source_reference'],
        [{ branch: 'main', config: 'a: [' }, 'config'],
        [
          { branch: 'main', config: "build_failure_conditions:\n  - 'no.such.metric(x)'\n" },
          'build_failure_conditions',
        ],
      ] as const) {
        const response = await world.call('POST', `${WEB}/inspections`, world.owner.token, payload);
        expect(response.statusCode, JSON.stringify(payload)).toBe(400);
        expect(response.json().message, JSON.stringify(payload)).toMatch(new RegExp(`^${field}`));
      }
    });

    it('lets a VIEWER read but neither create nor cancel (403), and a team developer do both', async () => {
      const refused = await world.call('POST', `${WEB}/inspections`, world.viewer.token, { branch: 'main' });
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toEqual({
        message: 'requesting an inspection needs one of the roles OWNER, ADMIN, EDITOR',
      });
      const created = await world.call('POST', `${WEB}/inspections`, developer.token, { branch: 'main' });
      expect(created.statusCode).toBe(201);
      const uuid = created.json().uuid;
      const cancelRefused = await world.call('POST', `${WEB}/inspections/${uuid}/cancel`, world.viewer.token);
      expect(cancelRefused.statusCode).toBe(403);
      expect(cancelRefused.json()).toEqual({
        message: 'canceling an inspection needs one of the roles OWNER, ADMIN, EDITOR',
      });
      // The team's access covers acme/web only.
      const elsewhere = await world.call('POST', `${PLAIN}/inspections`, developer.token, { branch: 'main' });
      expect(elsewhere.statusCode).toBe(403);
      const canceled = await world.call('POST', `${WEB}/inspections/${uuid}/cancel`, developer.token);
      expect(canceled.statusCode).toBe(200);
      expect(canceled.json().state).toBe('canceled');
    });

    it("lets a user inspect their own repository, and an organization's ADMIN any of it", async () => {
      const added = await world.call('POST', '/api/repositories/gp', world.loner.token, {
        name: 'mine',
        git_url: 'git@host.test:mine.git',
        ssh_key: 'k',
      });
      expect(added.statusCode).toBe(201);
      const own = await world.call('POST', '/api/repositories/gp/mine/inspections', world.loner.token, {
        branch: 'dev',
      });
      expect(own.statusCode).toBe(201);
      expect(own.json()._links.self.href).toMatch(/^\/api\/repositories\/gp\/mine\/inspections\//);
      const admin = await world.call('POST', `${PLAIN}/inspections`, world.master.token, { branch: 'main' });
      expect(admin.statusCode).toBe(201);
      // Someone else's own repository is not theirs to see.
      const stranger = await world.call('POST', '/api/repositories/gp/mine/inspections', world.owner.token, {
        branch: 'dev',
      });
      expect(stranger.statusCode).toBe(404);
    });

    it('lets an EDITOR create and cancel; a BILLING member cannot see the repository (404)', async () => {
      const db = world.testApp.store.db;
      const { user } = await findOrCreateUser(db, { email: 'editor@acme.test' });
      await putMembership(db, world.acme.id, user.id, 'EDITOR');
      const editor = (await issueUserToken(db, user.id)).secret;
      const created = await world.call('POST', `${PLAIN}/inspections`, editor, { branch: 'main' });
      expect(created.statusCode).toBe(201);
      const canceled = await world.call('POST', `${PLAIN}/inspections/${created.json().uuid}/cancel`, editor);
      expect(canceled.statusCode).toBe(200);
      for (const [method, url] of [
        ['GET', `${PLAIN}/inspections`],
        ['POST', `${PLAIN}/inspections`],
        ['GET', `${PLAIN}/inspections/${created.json().uuid}`],
      ] as const) {
        const response = await world.call(
          method,
          url,
          world.billing.token,
          method === 'POST' ? { branch: 'main' } : undefined,
        );
        expect(response.statusCode, `${method} ${url}`).toBe(404);
      }
    });

    it('serves a GitLab repository in a nested namespace', async () => {
      expect(
        (
          await world.call('POST', '/api/repositories/gl', world.owner.token, {
            name: 'grp/sub/api',
            organization: 'acme',
          })
        ).statusCode,
      ).toBe(201);
      const path = '/api/repositories/gl/gitlab-com/grp%2Fsub/api';
      const created = await world.call('POST', `${path}/inspections`, world.owner.token, { branch: 'main' });
      expect(created.statusCode).toBe(201);
      expect(created.headers.location).toBe(`${path}/inspections/${created.json().uuid}`);
      const listed = (await world.call('GET', `${path}/inspections`, world.viewer.token)).json();
      expect(listed._embedded.inspections.map((i: { uuid: string }) => i.uuid)).toEqual([created.json().uuid]);
      expect(listed._links.self.href).toBe(`${path}/inspections?page=1&per_page=20`);
    });

    it('cancels a waiting inspection once; an ended one is 409 {message}', async () => {
      const created = (await world.call('POST', `${PLAIN}/inspections`, world.owner.token, { branch: 'main' })).json();
      const canceled = await world.call('POST', `${PLAIN}/inspections/${created.uuid}/cancel`, world.owner.token);
      expect(canceled.statusCode).toBe(200);
      expect(canceled.json()).toMatchObject({
        uuid: created.uuid,
        state: 'canceled',
        finished_at: expect.stringMatching(DATE),
      });
      const again = await world.call('POST', `${PLAIN}/inspections/${created.uuid}/cancel`, world.owner.token);
      expect(again.statusCode).toBe(409);
      expect(again.json()).toEqual({ message: 'the inspection has already ended (canceled)' });
      const completed = await world.call('POST', `${WEB}/inspections/${second.uuid}/cancel`, world.owner.token);
      expect(completed.statusCode).toBe(409);
      expect(Object.keys(completed.json())).toEqual(['message']);
      expect((await world.call('GET', `${WEB}/inspections/${second.uuid}`, world.owner.token)).json().state).toBe(
        'completed',
      );
    });
  });

  describe('artifacts', () => {
    beforeAll(async () => {
      const db = world.testApp.store.db;
      await putArtifact(db, second.id, {
        node: 'node-2',
        name: 'old.log',
        contentType: 'text/plain',
        content: Buffer.from('old'),
      });
      await purgeArtifacts(db, new Date(Date.now() + 60_000));
      await putArtifact(db, second.id, {
        name: 'analysis.log',
        contentType: 'text/plain; charset=utf-8',
        content: Buffer.from('ran\n'),
      });
      await putArtifact(db, second.id, {
        name: 'results.sarif',
        contentType: 'application/sarif+json',
        content: Buffer.from('{"version":"2.1.0"}'),
      });
    });

    it('lists them per node and file, with download URLs Plumb serves, without the access token', async () => {
      const response = await world.call('GET', `${WEB}/inspections/${second.uuid}/artifacts`, world.viewer.token);
      expect(response.statusCode).toBe(200);
      const base = `${WEB}/inspections/${second.uuid}/artifacts`;
      expect(response.json()).toEqual({
        'node-2': {
          'old.log': {
            download_url: expect.stringMatching(new RegExp(`^http://[^/]+${base}/node-2/old\\.log$`)),
            expired: true,
          },
        },
        plumb: {
          'analysis.log': {
            download_url: expect.stringMatching(/^http:\/\/[^/]+\/api\/.*\/plumb\/analysis\.log$/),
            expired: false,
          },
          'results.sarif': { download_url: expect.stringMatching(/\/plumb\/results\.sarif$/), expired: false },
        },
      });
      expect(response.body).not.toContain('access_token');
    });

    it('serves a download with its content type; an expired one is 404 {message}; no token is 401', async () => {
      const listed = (
        await world.call('GET', `${WEB}/inspections/${second.uuid}/artifacts`, world.viewer.token)
      ).json();
      const url = new URL(listed.plumb['results.sarif'].download_url).pathname;
      const download = await world.call('GET', url, world.viewer.token);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/sarif+json');
      expect(download.body).toBe('{"version":"2.1.0"}');
      const log = await world.call(
        'GET',
        new URL(listed.plumb['analysis.log'].download_url).pathname,
        world.viewer.token,
      );
      expect(log.body).toBe('ran\n');
      const expired = await world.call(
        'GET',
        new URL(listed['node-2']['old.log'].download_url).pathname,
        world.viewer.token,
      );
      expect(expired.statusCode).toBe(404);
      expect(expired.json()).toEqual({ message: 'artifact not found' });
      expect((await world.call('GET', url)).statusCode).toBe(401);
      expect((await world.call('GET', url.replace('/g/acme/web/', '/gp/plain/'), world.viewer.token)).statusCode).toBe(
        404,
      );
    });

    it('answers {} for an inspection without artifacts', async () => {
      const response = await world.call('GET', `${PLAIN}/inspections/${plain.uuid}/artifacts`, world.owner.token);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({});
    });
  });
});
