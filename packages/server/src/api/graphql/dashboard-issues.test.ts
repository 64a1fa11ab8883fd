// Plumb's extensions for the dashboard's issues page, through HTTP on analyses of the real engine: keyset pages with
// filters and facets, "new only" as the gate counts it, resolving an issue across analyses, a rule's documentation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../domain/analyses/index.js';
import { createProject, type Project } from '../../domain/projects/index.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';

let testApp: TestApp;
let acme: Tenant;
let project: Project;
let viewerToken: string;
let strangerToken: string;
let first: Analysis;

interface Listed {
  id: number;
  issueId: string;
  filename: string;
  line: number;
  rule: string;
  tool: string;
  severity: string;
  status: string;
  resolution: { reason: string; by: string; at: string } | null;
}

const FILES = {
  'src/a.py': PYTHON_WITH_FINDINGS,
  'src/b.py': PYTHON_WITH_FINDINGS,
  'tools/c.py': PYTHON_WITH_FINDINGS,
};

let revision = 0;
const analyze = (files: Record<string, string>) =>
  storeEngineAnalysis(testApp.store.db, project, files, {
    kind: 'branch',
    branch: 'main',
    revision: (++revision).toString(16).padStart(40, '0'),
  });

const post = async (query: string, variables: Record<string, unknown>, token = acme.ownerUserToken) => {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'x-api-token': token },
    payload: { query, variables },
  });
  return response.json();
};

const PAGE = `query($a: Long!, $f: PlumbIssueFilter, $after: String, $first: Int) {
  plumbIssues(analysisId: $a, filter: $f, after: $after, first: $first) {
    total next issues { id issueId filename line rule tool severity status resolution { reason by at } }
  } }`;

/** Every issue the filter keeps, page after page along the cursors. */
async function everyIssue(analysis: Analysis, filter: object = {}, pageSize = 2): Promise<Listed[]> {
  const listed: Listed[] = [];
  let after: string | null = null;
  do {
    const answer = await post(PAGE, { a: analysis.id, f: filter, after, first: pageSize });
    expect(answer.errors).toBeUndefined();
    const page = answer.data.plumbIssues as { total: number; next: string | null; issues: Listed[] };
    listed.push(...page.issues);
    after = page.next;
  } while (after !== null);
  return listed;
}

beforeAll(async () => {
  testApp = await openTestApp();
  acme = await createTenant(testApp.store, 'acme');
  const globex = await createTenant(testApp.store, 'globex');
  project = await createProject(testApp.store.db, acme.owner, { provider: 'g', owner: 'acme', name: 'api' });
  viewerToken = await acme.memberUserToken('viewer@acme.example', 'VIEWER');
  strangerToken = globex.ownerUserToken;
  first = await analyze(FILES);
}, 120_000);
afterAll(() => testApp.close());

describe('plumbIssues', () => {
  it('pages every issue along keyset cursors in file order, with the total and the facets', async () => {
    const all = await everyIssue(first);
    const single = await post(PAGE, { a: first.id, first: 500 });
    expect(single.data.plumbIssues.total).toBe(all.length);
    expect(all.map((issue) => issue.id)).toEqual(single.data.plumbIssues.issues.map((issue: Listed) => issue.id));
    expect(new Set(all.map((issue) => issue.id)).size).toBe(all.length);
    expect(all.length).toBeGreaterThanOrEqual(9);
    const places = all.map((issue) => `${issue.filename}:${String(issue.line).padStart(4, '0')}`);
    expect(places).toEqual([...places].sort());

    const facets = await post(
      `query($a: Long!) { plumbIssues(analysisId: $a, first: 1) { facets {
        rules { value count } statuses { value count } severities { value count } } } }`,
      { a: first.id },
    );
    const rules = facets.data.plumbIssues.facets.rules as { value: string; count: number }[];
    expect(rules.find((facet) => facet.value === 'F401')).toEqual({ value: 'F401', count: 3 });
    expect(facets.data.plumbIssues.facets.statuses).toEqual([{ value: 'open', count: all.length }]);
  });

  it('filters by rule, path prefix, severity and status, each page matching and the total counting them', async () => {
    const f401 = await everyIssue(first, { rules: ['F401'], path: 'src/' }, 1);
    expect(f401.map((issue) => `${issue.filename}:${issue.rule}`)).toEqual(['src/a.py:F401', 'src/b.py:F401']);
    const counted = await post(PAGE, { a: first.id, f: { rules: ['F401'], path: 'src/' }, first: 1 });
    expect(counted.data.plumbIssues.total).toBe(2);

    const severity = f401[0]!.severity;
    const bySeverity = await everyIssue(first, { severities: [severity] });
    expect(bySeverity.length).toBeGreaterThan(0);
    expect(bySeverity.every((issue) => issue.severity === severity)).toBe(true);
    expect(await everyIssue(first, { statuses: ['false_positive'] })).toEqual([]);
  });

  it('names the field of bad input, and answers another organization NOT_FOUND', async () => {
    const badSeverity = await post(PAGE, { a: first.id, f: { severities: ['urgent'] } });
    expect(badSeverity.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badSeverity.errors[0].message).toContain('filter.severities');
    const badCursor = await post(PAGE, { a: first.id, after: 'page-2' });
    expect(badCursor.errors[0].message).toContain('after');
    const badSize = await post(PAGE, { a: first.id, first: 5000 });
    expect(badSize.errors[0].message).toContain('first');
    const stranger = await post(PAGE, { a: first.id }, strangerToken);
    expect(stranger.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(stranger.data).toBeNull();
  });
});

describe('plumbResolveIssue', () => {
  const RESOLVE = `mutation($o: String!, $i: String!, $s: String!, $r: String) {
    plumbResolveIssue(organization: $o, issueId: $i, status: $s, reason: $r) {
      issueId status resolution { reason by at } } }`;

  it('keeps a false positive and its reason through a later analysis, then opens it again', async () => {
    const [target] = await everyIssue(first, { rules: ['F401'], path: 'src/a.py' });
    const noReason = await post(RESOLVE, { o: 'acme', i: target!.issueId, s: 'false_positive' });
    expect(noReason.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(noReason.errors[0].message).toContain('reason');
    const asViewer = await post(RESOLVE, { o: 'acme', i: target!.issueId, s: 'ignored', r: 'x' }, viewerToken);
    expect(asViewer.errors[0].extensions.code).toBe('FORBIDDEN');
    const asStranger = await post(RESOLVE, { o: 'globex', i: target!.issueId, s: 'ignored', r: 'x' }, strangerToken);
    expect(asStranger.errors[0].extensions.code).toBe('NOT_FOUND');

    const marked = await post(RESOLVE, { o: 'acme', i: target!.issueId, s: 'false_positive', r: 'kept for re-export' });
    expect(marked.data.plumbResolveIssue).toMatchObject({
      issueId: target!.issueId,
      status: 'false_positive',
      resolution: { reason: 'kept for re-export' },
    });

    const second = await analyze({ ...FILES, 'src/d.py': PYTHON_WITH_FINDINGS });
    const stillMarked = await everyIssue(second, { statuses: ['false_positive'] });
    expect(stillMarked.map((issue) => [issue.issueId, issue.filename, issue.resolution?.reason])).toEqual([
      [target!.issueId, 'src/a.py', 'kept for re-export'],
    ]);
    expect(stillMarked[0]!.resolution?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await everyIssue(second, { statuses: ['open'], rules: ['F401'] })).toHaveLength(3);
    // New code as the gate takes it: against the baseline (the first analysis), only the added file's issues.
    const fresh = await everyIssue(second, { newOnly: true });
    expect(fresh.length).toBeGreaterThan(0);
    expect(new Set(fresh.map((issue) => issue.filename))).toEqual(new Set(['src/d.py']));
    const total = await post(PAGE, { a: second.id, f: { newOnly: true }, first: 1 });
    expect(total.data.plumbIssues.total).toBe(fresh.length);

    const ignored = await post(RESOLVE, { o: 'acme', i: target!.issueId, s: 'ignored', r: 'generated code' });
    expect(ignored.data.plumbResolveIssue.status).toBe('ignored');
    const opened = await post(RESOLVE, { o: 'acme', i: target!.issueId, s: 'open' });
    expect(opened.data.plumbResolveIssue).toEqual({ issueId: target!.issueId, status: 'open', resolution: null });
    expect(await everyIssue(second, { statuses: ['open'], rules: ['F401'] })).toHaveLength(4);
  }, 120_000);
});

describe('plumbRule', () => {
  it("answers a rule's documentation from the catalog, and null for a rule Plumb does not know", async () => {
    const [issue] = await everyIssue(first, { rules: ['F401'] });
    const RULE = `query($t: String!, $i: String!, $m: String) { plumbRule(tool: $t, id: $i, message: $m) {
      id tool whatItFinds whyItMatters exampleBad exampleGood url } }`;
    const known = await post(RULE, { t: issue!.tool, i: 'F401', m: 'os imported but unused' });
    expect(known.data.plumbRule).toMatchObject({ id: 'F401', tool: 'ruff' });
    expect(known.data.plumbRule.whatItFinds.length).toBeGreaterThan(10);
    expect(known.data.plumbRule.url).toContain('docs.astral.sh');
    expect((await post(RULE, { t: 'ruff', i: 'F401' })).data.plumbRule).toBeNull();
    expect((await post(RULE, { t: 'sarif-tool', i: 'X1', m: 'a message' })).data.plumbRule).toBeNull();

    const builtIn = await post(RULE, { t: 'plumb', i: 'go/defer-in-loop' });
    expect(builtIn.data.plumbRule.exampleBad).toContain('defer');
  });
});
