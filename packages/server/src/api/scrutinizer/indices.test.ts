import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOfAnalysis, type Index } from '../../domain/analyses/index.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { JAVASCRIPT, PYTHON, repositoryOf, storeAnalysis } from './analyses.case.js';
import { openWorld, type World } from './world.case.js';

const DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/;
const SHA1 = 'a1'.repeat(20);
const SHA2 = 'b2'.repeat(20);
const WEB = '/api/repositories/g/acme/web';
const PLAIN = '/api/repositories/gp/plain';
const RATINGS = ['very_good', 'good', 'satisfactory', 'pass', 'critical'];

interface IssueJson {
  path: string;
  line: number;
  message_id: string;
  message: string;
  message_parameters: string[];
  severity: string;
  labels: string[];
  issue_identifier: string;
}

describe(`scrutinizer indices on ${TEST_DRIVER}`, () => {
  let world: World;
  let firstIndex: Index;
  let secondIndex: Index;
  /** Every issue of the second index, unfiltered. */
  let all: IssueJson[];

  const issuesOf = async (query: string, token = world.viewer.token) => {
    const response = await world.call('GET', `${WEB}/indices/${secondIndex.id}/issues?per_page=100&${query}`, token);
    expect(response.statusCode, query).toBe(200);
    return response.json()._embedded.issues as IssueJson[];
  };

  beforeAll(async () => {
    world = await openWorld();
    const add = async (url: string, payload: object) =>
      expect((await world.call('POST', url, world.owner.token, payload)).statusCode).toBe(201);
    await add('/api/repositories/g', { name: 'acme/web', organization: 'acme' });
    await add('/api/repositories/gp', {
      name: 'plain',
      git_url: 'git@host.test:plain.git',
      ssh_key: 'k',
      organization: 'acme',
    });
    await add('/api/repositories/gp', {
      name: 'empty',
      git_url: 'git@host.test:empty.git',
      ssh_key: 'k',
      organization: 'acme',
    });
    const web = await repositoryOf(world, world.owner, { provider: 'g', instance: '', owner: 'acme', name: 'web' });
    const first = await storeAnalysis(world, web, { 'a.py': PYTHON }, SHA1);
    const second = await storeAnalysis(world, web, { 'a.py': PYTHON, 'b.js': JAVASCRIPT }, SHA2);
    firstIndex = (await indexOfAnalysis(world.testApp.store.db, first.id))!;
    secondIndex = (await indexOfAnalysis(world.testApp.store.db, second.id))!;
    all = (await world.call('GET', `${WEB}/indices/${secondIndex.id}/issues?per_page=100`, world.owner.token)).json()
      ._embedded.issues;
  });
  afterAll(async () => world.testApp.close());

  describe('details', () => {
    it("shows an index as the seed's sample, with Scrutinizer's metric values", async () => {
      const response = await world.call('GET', `${WEB}/indices/${secondIndex.id}`, world.viewer.token);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toEqual({
        source_reference: SHA2,
        id: secondIndex.id,
        branch_reference: 'main',
        created_at: expect.stringMatching(DATE),
        outdated: false,
        _links: { issues: { href: `${WEB}/indices/${secondIndex.id}/issues` } },
        _embedded: { project: { type: 'system', identifier: '', metric_values: expect.any(Object) } },
      });
      const metrics = body._embedded.project.metric_values as Record<string, number>;
      expect(Object.keys(metrics)).toEqual([
        'scrutinizer.quality',
        ...RATINGS.map((rating) => `scrutinizer.nb_operations.${rating}`),
        ...RATINGS.map((rating) => `scrutinizer.weight.${rating}`),
        'scrutinizer.nb_classes',
        ...RATINGS.map((rating) => `scrutinizer.nb_classes.${rating}`),
        'scrutinizer.nb_issues',
        'scrutinizer.nb_ignored_issues',
      ]);
      const quality = secondIndex.quality as { score: number; nbOperations: Record<string, number> };
      expect(metrics['scrutinizer.quality']).toBe(quality.score);
      expect(metrics['scrutinizer.quality']).toBeGreaterThan(0);
      const operations = RATINGS.map((rating) => metrics[`scrutinizer.nb_operations.${rating}`]!);
      expect(operations.reduce((a, b) => a + b, 0)).toBe(2);
      const shares = RATINGS.map((rating) => metrics[`scrutinizer.weight.${rating}`]!);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      expect(RATINGS.map((rating) => metrics[`scrutinizer.nb_classes.${rating}`])).toEqual([0, 0, 0, 0, 0]);
      expect(metrics['scrutinizer.nb_issues']).toBe(all.length);
      expect(metrics['scrutinizer.nb_ignored_issues']).toBe(0);
    });

    it('finds an index by id, by full sha, or by abbreviated sha, in any case', async () => {
      for (const ref of [String(firstIndex.id), SHA1, SHA1.slice(0, 7), SHA1.slice(0, 12).toUpperCase()]) {
        const response = await world.call('GET', `${WEB}/indices/${ref}`, world.owner.token);
        expect(response.statusCode, ref).toBe(200);
        expect(response.json().id, ref).toBe(firstIndex.id);
      }
    });

    it('answers 404 {message} for an unknown index, one of another repository, or a non-sha', async () => {
      for (const ref of ['999999', 'c'.repeat(40), 'main', String(secondIndex.id)]) {
        const url = ref === String(secondIndex.id) ? `${PLAIN}/indices/${ref}` : `${WEB}/indices/${ref}`;
        const response = await world.call('GET', url, world.owner.token);
        expect(response.statusCode, url).toBe(404);
        expect(Object.keys(response.json()), url).toEqual(['message']);
        expect((await world.call('GET', `${url}/issues`, world.owner.token)).statusCode, url).toBe(404);
      }
    });

    it('marks the older index of a revision analyzed twice outdated, finds the latest by sha (gp)', async () => {
      const plain = await repositoryOf(world, world.owner, { provider: 'gp', instance: '', owner: '', name: 'plain' });
      const one = await indexOfAnalysis(
        world.testApp.store.db,
        (await storeAnalysis(world, plain, { 'a.py': PYTHON }, SHA1)).id,
      );
      const two = await indexOfAnalysis(
        world.testApp.store.db,
        (await storeAnalysis(world, plain, { 'a.py': PYTHON }, SHA1)).id,
      );
      const older = (await world.call('GET', `${PLAIN}/indices/${one!.id}`, world.owner.token)).json();
      expect(older).toMatchObject({
        id: one!.id,
        outdated: true,
        _links: { issues: { href: `${PLAIN}/indices/${one!.id}/issues` } },
      });
      const bySha = (await world.call('GET', `${PLAIN}/indices/${SHA1}`, world.owner.token)).json();
      expect(bySha).toMatchObject({ id: two!.id, outdated: false });
      const issues = await world.call('GET', `${PLAIN}/indices/${SHA1.slice(0, 8)}/issues`, world.owner.token);
      expect(issues.json()._links.self.href).toBe(`${PLAIN}/indices/${two!.id}/issues?page=1&per_page=50`);
      expect(issues.json()._embedded.issues.length).toBeGreaterThan(0);
    });
  });

  describe('issues', () => {
    it("lists an index's issues as the seed's sample", async () => {
      const response = await world.call('GET', `${WEB}/indices/${secondIndex.id}/issues`, world.viewer.token);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ page: 1, limit: 50, labels: [], severities: [], total: all.length });
      expect(body._links.self.href).toBe(`${WEB}/indices/${secondIndex.id}/issues?page=1&per_page=50`);
      expect(all.length).toBeGreaterThanOrEqual(4);
      for (const issue of body._embedded.issues as IssueJson[]) {
        expect(Object.keys(issue)).toEqual([
          'path',
          'line',
          'message_id',
          'message',
          'message_parameters',
          'severity',
          'labels',
          'issue_identifier',
        ]);
        expect(issue.message_parameters).toEqual([]);
        expect(['critical', 'major', 'minor', 'informational']).toContain(issue.severity);
        expect(issue.issue_identifier).toMatch(/^[0-9a-f]{32}$/);
        expect(issue.message_id).toMatch(/^[a-z-]+\/\S+$/);
      }
      const e711 = all.find((issue) => issue.message_id === 'ruff/E711');
      expect(e711).toMatchObject({ path: 'a.py', line: 4, severity: expect.any(String) });
      expect(all.some((issue) => issue.path === 'b.js')).toBe(true);
    });

    it('keeps each issue_identifier across indices: the same tracked issue', async () => {
      const before = (
        await world.call('GET', `${WEB}/indices/${firstIndex.id}/issues?per_page=100`, world.owner.token)
      ).json()._embedded.issues as IssueJson[];
      const python = all.filter((issue) => issue.path === 'a.py');
      expect(python.map((issue) => issue.issue_identifier).sort()).toEqual(
        before.map((issue) => issue.issue_identifier).sort(),
      );
      expect(new Set(all.map((issue) => issue.issue_identifier)).size).toBe(all.length);
    });

    it('filters by severities, in both parameter forms, mapping Scrutinizer words onto Plumb’s scale', async () => {
      for (const severity of ['critical', 'major', 'minor', 'informational']) {
        const expected = all.filter((issue) => issue.severity === severity);
        expect(await issuesOf(`severities[]=${severity}`), severity).toEqual(expected);
        expect(await issuesOf(`severities=${severity}`), severity).toEqual(expected);
      }
      const two = all.filter((issue) => ['major', 'minor'].includes(issue.severity));
      expect(await issuesOf('severities[]=major&severities[]=minor')).toEqual(two);
      expect(await issuesOf('severities%5B%5D=major&severities%5B%5D=minor')).toEqual(two);
      expect(await issuesOf('severities[]=unknown')).toEqual([]);
      const echoed = await world.call(
        'GET',
        `${WEB}/indices/${secondIndex.id}/issues?severities[]=minor`,
        world.owner.token,
      );
      expect(echoed.json()).toMatchObject({ severities: ['minor'], labels: [] });
      expect(echoed.json()._links.self.href).toBe(
        `${WEB}/indices/${secondIndex.id}/issues?page=1&per_page=50&severities[]=minor`,
      );
      expect(all.some((issue) => issue.severity !== all[0]!.severity)).toBe(true);
    });

    it('filters by labels, any of them, in both forms', async () => {
      const labels = [...new Set(all.flatMap((issue) => issue.labels))];
      expect(labels.length).toBeGreaterThanOrEqual(2);
      for (const label of labels) {
        const expected = all.filter((issue) => issue.labels.includes(label));
        expect(await issuesOf(`labels[]=${label}`), label).toEqual(expected);
        expect(await issuesOf(`labels=${label}`), label).toEqual(expected);
      }
      const [a, b] = labels as [string, string];
      expect(await issuesOf(`labels[]=${a}&labels=${b}`)).toEqual(
        all.filter((issue) => issue.labels.includes(a) || issue.labels.includes(b)),
      );
      expect(await issuesOf('labels[]=naming')).toEqual(all.filter((issue) => issue.labels.includes('naming')));
      const echoed = (
        await world.call('GET', `${WEB}/indices/${secondIndex.id}/issues?labels[]=${a}`, world.owner.token)
      ).json();
      expect(echoed.labels).toEqual([a]);
    });

    it('filters by languages, and combines filters', async () => {
      expect(await issuesOf('languages[]=python')).toEqual(all.filter((issue) => issue.path.endsWith('.py')));
      expect(await issuesOf('languages=javascript')).toEqual(all.filter((issue) => issue.path.endsWith('.js')));
      expect(await issuesOf('languages[]=php')).toEqual([]);
      const severity = all.find((issue) => issue.path.endsWith('.py'))!.severity;
      expect(await issuesOf(`languages[]=python&severities[]=${severity}`)).toEqual(
        all.filter((issue) => issue.path.endsWith('.py') && issue.severity === severity),
      );
    });

    it('refuses a bad filter value with 400 {message} naming the filter', async () => {
      for (const [query, field] of [
        ['severities[]=blocker', 'severities\\[\\]'],
        ['severities=MAJOR', 'severities\\[\\]'],
        ['labels[]=Coding Style', 'labels\\[\\]'],
        ['languages[]=cobol', 'languages\\[\\]'],
        ['per_page=101', 'per_page'],
        ['page=0', 'page'],
      ]) {
        const response = await world.call('GET', `${WEB}/indices/${secondIndex.id}/issues?${query}`, world.owner.token);
        expect(response.statusCode, query).toBe(400);
        expect(response.json().message, query).toMatch(new RegExp(`^${field}: `));
      }
    });

    it('pages with page and per_page, links carrying the filters, and past the end', async () => {
      const url = `${WEB}/indices/${secondIndex.id}/issues`;
      const one = (await world.call('GET', `${url}?per_page=1&page=2&languages[]=python`, world.owner.token)).json();
      const python = all.filter((issue) => issue.path.endsWith('.py'));
      expect(one).toMatchObject({ page: 2, limit: 1, total: python.length });
      expect(one._embedded.issues).toEqual([python[1]]);
      expect(one._links.next.href).toBe(`${url}?page=3&per_page=1&languages[]=python`);
      expect(one._links.previous.href).toBe(`${url}?page=1&per_page=1&languages[]=python`);
      const past = (await world.call('GET', `${url}?per_page=10&page=50`, world.owner.token)).json();
      expect(past).toMatchObject({ page: 50, total: all.length, _embedded: { issues: [] } });
      expect(past._links.next).toBeUndefined();
    });
  });

  describe('repository applications', () => {
    it("shows each branch's latest index and its build in the repository's details", async () => {
      const response = await world.call('GET', WEB, world.viewer.token);
      expect(response.statusCode).toBe(200);
      const { applications } = response.json();
      expect(Object.keys(applications)).toEqual(['main']);
      expect(applications.main.index).toEqual(
        (await world.call('GET', `${WEB}/indices/${secondIndex.id}`, world.owner.token)).json(),
      );
      expect(applications.main.build).toEqual({
        status: 'failed',
        details: { analysis: { failures: ['issues.new.exists'], status: 'failed' } },
      });
    });

    it('keeps applications an empty object for a repository never analyzed', async () => {
      const response = await world.call('GET', '/api/repositories/gp/empty', world.owner.token);
      expect(response.statusCode).toBe(200);
      expect(response.json().applications).toEqual({});
    });
  });
});
