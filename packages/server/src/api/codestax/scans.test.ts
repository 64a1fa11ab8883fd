import type { ProjectRatings } from '@plumb/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexOfAnalysis, insertAnalysis, type Analysis, type Index } from '../../domain/analyses/index.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { bearer, openWorld, type World } from './world.case.js';

const SHA1 = 'a1'.repeat(20);
const SHA2 = 'b2'.repeat(20);
/** oxlint finds a debugger statement and a typeof compared with a misspelt type name. */
const JAVASCRIPT = [
  'function g(a) {',
  '  debugger;',
  "  if (typeof a === 'strnig') { return 0 }",
  '  return 2;',
  '}',
  '',
];
const CONTEXT = { defaultBranch: 'main', engineVersion: '9.9.9', linterVersions: { ruff: '0.12.0', oxlint: '1.2.0' } };

interface ScanJson {
  id: number;
  repo_id: number;
  branch: string | null;
  state: string;
  issues_count: number | null;
}

describe(`CodeStax scans, ratings and debt on ${TEST_DRIVER}`, () => {
  let world: World;
  let first: Analysis;
  let second: Analysis;
  let feature: Analysis;
  let queued: Analysis;
  let foreign: Analysis;
  let secondIndex: Index;
  const get = (url: string, token = world.member.VIEWER) => world.call('GET', url, bearer(token));
  const scansOf = async (query: string) => {
    const response = await get(`/api/scans?${query}`);
    expect(response.statusCode, query).toBe(200);
    return response.json() as { total: number; skip: number; limit: number; scans: ScanJson[] };
  };

  beforeAll(async () => {
    world = await openWorld();
    const db = world.testApp.store.db;
    const files = { 'a.py': PYTHON_WITH_FINDINGS };
    first = await storeEngineAnalysis(
      db,
      world.web,
      files,
      { kind: 'branch', branch: 'main', revision: SHA1 },
      CONTEXT,
    );
    second = await storeEngineAnalysis(
      db,
      world.web,
      { ...files, 'b.js': JAVASCRIPT.join('\n') },
      { kind: 'branch', branch: 'main', revision: SHA2 },
      CONTEXT,
    );
    feature = await storeEngineAnalysis(db, world.web, files, { kind: 'branch', branch: 'feature', revision: SHA1 });
    queued = await insertAnalysis(db, world.web, { kind: 'branch', branch: 'main' });
    foreign = await storeEngineAnalysis(db, world.site, files, { kind: 'branch', branch: 'main', revision: SHA1 });
    secondIndex = (await indexOfAnalysis(db, second.id))!;
  });
  afterAll(() => world.close());

  describe('GET /api/scans', () => {
    it("lists the organization's scans, newest first, to any member, and none of another organization", async () => {
      const body = await scansOf('');
      expect(body).toMatchObject({ total: 4, skip: 0, limit: 20 });
      expect(body.scans.map((scan) => scan.id)).toEqual([queued.id, feature.id, second.id, first.id]);
      expect(body.scans[2]).toEqual({
        id: second.id,
        repo_id: world.web.id,
        repo_name: 'acme/web',
        kind: 'branch',
        branch: 'main',
        pr_number: null,
        base_branch: null,
        commit_sha: SHA2,
        title: null,
        state: 'completed',
        error: null,
        created_at: second.createdAt.toISOString(),
        started_at: expect.any(String),
        finished_at: expect.any(String),
        issues_count: secondIndex.nbIssues,
        is_default_branch: true,
      });
      expect(body.scans[0]).toMatchObject({ state: 'new', issues_count: null, finished_at: null });
    });

    it('pages with skip and limit', async () => {
      const page = await scansOf('skip=1&limit=2');
      expect(page).toMatchObject({ total: 4, skip: 1, limit: 2 });
      expect(page.scans.map((scan) => scan.id)).toEqual([feature.id, second.id]);
      expect((await scansOf('skip=10')).scans).toEqual([]);
    });

    it('filters by repository (id, owner/name or name), branch and state', async () => {
      for (const repo of [String(world.web.id), 'acme/web', 'web'])
        expect((await scansOf(`repo=${encodeURIComponent(repo)}`)).total, repo).toBe(4);
      expect((await scansOf('branch=feature')).scans.map((scan) => scan.id)).toEqual([feature.id]);
      expect((await scansOf('state=completed')).total).toBe(3);
      expect((await scansOf('state=new&branch=main')).scans.map((scan) => scan.id)).toEqual([queued.id]);
      expect((await scansOf('branch=nowhere')).total).toBe(0);
    });

    it('answers 404 for a repository of another organization, or none, by id or by name', async () => {
      for (const repo of [String(world.site.id), 'globex/site', 'site', 'nope']) {
        const response = await get(`/api/scans?repo=${encodeURIComponent(repo)}`);
        expect([response.statusCode, response.json()], repo).toEqual([404, { detail: 'Repository not found' }]);
      }
    });

    it.each([
      ['limit=0', 'limit: must be >= 1'],
      ['limit=101', 'limit: must be <= 100'],
      ['skip=-1', 'skip: must be >= 0'],
      ['skip=many', 'skip: expected an integer'],
      [
        'state=done',
        'state: expected one of new, preparing, pending, in_progress, completed, failed, timed_out, canceled',
      ],
    ])('answers 400 {detail} for %s', async (query, detail) => {
      const response = await get(`/api/scans?${query}`);
      expect([response.statusCode, response.json()]).toEqual([400, { detail }]);
    });
  });

  describe('GET /api/scans/{scan_id}', () => {
    it('answers one scan of the organization', async () => {
      const response = await get(`/api/scans/${feature.id}`);
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({ id: feature.id, branch: 'feature', is_default_branch: false });
    });

    it('answers 404 "Scan not found" for a scan of another organization or none, 400 for a bad id', async () => {
      for (const id of [foreign.id, 987_654_321]) {
        const response = await get(`/api/scans/${id}`);
        expect([response.statusCode, response.json()]).toEqual([404, { detail: 'Scan not found' }]);
      }
      for (const id of ['abc', '0', '99999999999999999999']) {
        const response = await get(`/api/scans/${id}`);
        expect(response.statusCode, id).toBe(400);
        expect(response.json().detail).toMatch(/^scan_id: /);
      }
    });

    it('answers 404 {detail: "Not Found"} for a route that does not exist', async () => {
      const response = await get(`/api/scans/${second.id}/nothing`);
      expect([response.statusCode, response.json()]).toEqual([404, { detail: 'Not Found' }]);
    });
  });

  describe('GET /api/scans/{scan_id}/issues', () => {
    type IssueJson = { id: number; severity: string; file_path: string; is_new: boolean; rule_id: string };
    const issuesOf = async (query = '') => {
      const response = await get(`/api/scans/${second.id}/issues?${query}`);
      expect(response.statusCode, query).toBe(200);
      return response.json() as { scan_id: number; total: number; issues: IssueJson[] };
    };

    it("lists the scan's findings in file order, as CodeStax issues", async () => {
      const all = await issuesOf('limit=500');
      expect(all.scan_id).toBe(second.id);
      expect(all.total).toBe(secondIndex.nbIssues + secondIndex.nbIgnoredIssues);
      expect(all.issues).toHaveLength(all.total);
      expect(all.issues.map((issue) => issue.file_path)).toEqual([...all.issues.map((i) => i.file_path)].sort());
      expect(all.issues[0]).toMatchObject({
        issue_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        rule_id: expect.stringMatching(/^ruff\//),
        status: 'open',
      });
      for (const issue of all.issues) expect(['low', 'medium', 'high', 'critical']).toContain(issue.severity);
    });

    it('filters by severity on the CodeStax scale, and pages with skip and limit', async () => {
      const all = (await issuesOf('limit=500')).issues;
      for (const severity of ['low', 'medium', 'high', 'critical']) {
        const filtered = await issuesOf(`severity=${severity}`);
        expect(
          filtered.issues.map((issue) => issue.id),
          severity,
        ).toEqual(all.filter((issue) => issue.severity === severity).map((issue) => issue.id));
      }
      const page = await issuesOf('skip=1&limit=2');
      expect(page.issues.map((issue) => issue.id)).toEqual(all.slice(1, 3).map((issue) => issue.id));
    });

    it('keeps only the issues new against the scan it was compared with, with new_only', async () => {
      const fresh = (await issuesOf('new_only=true')).issues;
      expect(fresh.length).toBeGreaterThan(0);
      expect(new Set(fresh.map((issue) => issue.file_path))).toEqual(new Set(['b.js']));
      expect(fresh.every((issue) => issue.is_new)).toBe(true);
      const inB = (await issuesOf('limit=500')).issues.filter((issue) => issue.file_path === 'b.js');
      expect(fresh.map((issue) => issue.id)).toEqual(inB.map((issue) => issue.id));
      expect((await issuesOf('new_only=false')).total).toBe(secondIndex.nbIssues + secondIndex.nbIgnoredIssues);
    });

    it('answers an empty list for a scan without results, 404 for another tenant, 400 for bad input', async () => {
      const waiting = await get(`/api/scans/${queued.id}/issues`);
      expect(waiting.json()).toEqual({ scan_id: queued.id, total: 0, skip: 0, limit: 100, issues: [] });
      expect((await get(`/api/scans/${foreign.id}/issues`)).statusCode).toBe(404);
      const severity = await get(`/api/scans/${second.id}/issues?severity=blocker`);
      expect([severity.statusCode, severity.json()]).toEqual([
        400,
        { detail: 'severity: expected one of low, medium, high, critical' },
      ]);
      expect((await get(`/api/scans/${second.id}/issues?new_only=maybe`)).statusCode).toBe(400);
    });
  });

  describe('GET /api/quality/ratings/{scan_id} and /tech-debt/{scan_id}', () => {
    it('answers the ratings, debt, parse coverage and tool versions the analysis stored', async () => {
      const response = await get(`/api/quality/ratings/${second.id}`);
      expect(response.statusCode).toBe(200);
      const stored = secondIndex.ratings as ProjectRatings;
      const body = response.json();
      expect(body).toEqual({
        scan_id: second.id,
        quality_rating: expect.stringMatching(/^[A-E]$/),
        maintainability_rating: stored.maintainability,
        reliability_rating: stored.reliability,
        security_rating: stored.security,
        coverage_rating: null,
        duplication_rating: 'A',
        tech_debt_minutes: Math.round(stored.debtMinutes),
        parse_coverage_pct: 100,
        files_parsed: 2,
        files_skipped: 0,
        tool_versions: { plumb: '9.9.9', ruff: '0.12.0', oxlint: '1.2.0' },
      });
      const order = 'ABCDE';
      const worst = [stored.maintainability, stored.reliability, stored.security, 'A'].sort().at(-1);
      expect(order.indexOf(body.quality_rating)).toBe(order.indexOf(worst!));
    });

    it('answers the debt in minutes, hours and 8-hour days, and the open findings by type', async () => {
      const response = await get(`/api/quality/tech-debt/${second.id}`);
      expect(response.statusCode).toBe(200);
      const body = response.json();
      const minutes = Math.round((secondIndex.ratings as ProjectRatings).debtMinutes);
      expect(body).toMatchObject({
        scan_id: second.id,
        total_minutes: minutes,
        total_hours: Math.round((minutes / 60) * 100) / 100,
        total_engineer_days: Math.round((minutes / 480) * 100) / 100,
      });
      const byType = body.findings_by_type as Record<string, number>;
      expect(Object.keys(byType)).toEqual(expect.arrayContaining(['complexity', 'dead_code', 'duplication']));
      expect(Object.values(byType).reduce((sum, count) => sum + count, 0)).toBe(secondIndex.nbIssues);
    });

    it('answers 409 for a scan without results, 404 for another organization or none, 400 for a bad id', async () => {
      for (const route of ['ratings', 'tech-debt']) {
        const waiting = await get(`/api/quality/${route}/${queued.id}`);
        expect([waiting.statusCode, waiting.json()]).toEqual([
          409,
          { detail: 'the analysis has no results: it is new' },
        ]);
        for (const id of [foreign.id, 987_654_321])
          expect((await get(`/api/quality/${route}/${id}`)).json()).toEqual({ detail: 'Scan not found' });
        expect((await get(`/api/quality/${route}/x`)).statusCode).toBe(400);
      }
    });
  });

  describe('input refused before any route', () => {
    it('answers a URL that does not decode, and a NUL character, with 400 {detail}', async () => {
      const undecodable = await get('/api/scans/%E0%A4%A');
      expect([undecodable.statusCode, Object.keys(undecodable.json())]).toEqual([400, ['detail']]);
      const nul = await get('/api/scans?branch=a%00b');
      expect([nul.statusCode, nul.json().detail]).toEqual([400, expect.stringMatching(/^branch: /)]);
    });
  });

  describe('GET /api/health', () => {
    it('answers without a credential whether the store is reachable', async () => {
      const response = await world.call('GET', '/api/health', undefined);
      expect([response.statusCode, response.json()]).toEqual([200, { status: 'ok', database: 'ok' }]);
    });
  });
});
