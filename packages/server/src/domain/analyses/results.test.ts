import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeDirectory } from '@plumb/engine';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, type Store } from '../../store/index.js';
import { openTestStore } from '../../../test/support/test-store.js';
import { createTenant } from '../../../test/support/tenant-fixture.js';
import { createProject, type Project } from '../projects/index.js';
import {
  claimAnalysis,
  findIndex,
  insertAnalysis,
  listIndexFindings,
  moveAnalysis,
  resolveIssue,
  storeResults,
  type AnalysisRequest,
} from './index.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';

const SCRIPT = PYTHON_WITH_FINDINGS;

let store: Store;
let project: Project;
let dir: string;

beforeAll(async () => {
  store = await openTestStore();
  const tenant = await createTenant(store, 'results');
  project = await createProject(store.db, tenant.owner, { provider: 'gp', name: 'tracked', defaultBranch: 'main' });
  dir = await mkdtemp(path.join(tmpdir(), 'plumb-results-'));
});
afterAll(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

/** Analyzes `files` as the revision `sha` of `branch` and stores the result; answers the analysis. */
async function analyzeAndStore(files: Record<string, string>, sha: string, request: Partial<AnalysisRequest> = {}) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const analysis = await insertAnalysis(store.db, project, {
    kind: 'branch',
    branch: 'main',
    revision: sha,
    ...request,
  });
  const claimed = (await claimAnalysis(store.db, analysis.id, new Date(0)))!;
  expect(await moveAnalysis(store.db, analysis.id, claimed.attempt, 'in_progress')).toBe(true);
  const result = await analyzeDirectory(dir, { threads: 0 });
  return storeResults(store.db, analysis.id, result, { attempt: claimed.attempt, defaultBranch: 'main' });
}

async function issuesOf(sha: string) {
  const index = await findIndex(store.db, project, sha);
  return (await listIndexFindings(store.db, index, {}, { limit: 100, offset: 0 })).items;
}

describe('storing results and tracking issues', () => {
  it('stores every finding with its issue, and follows the issues across analyses', async () => {
    const first = await analyzeAndStore({ 'a.py': SCRIPT }, 'a'.repeat(40));
    expect(first.state).toBe('completed');
    expect(first.indexDiff?.nb_new_issues).toBeGreaterThan(0);
    const before = await issuesOf('a'.repeat(40));
    expect(before.length).toBe(first.indexDiff?.nb_new_issues);
    expect(before.every((finding) => finding.issueStatus === 'open' && finding.isNew)).toBe(true);

    // Two lines added above: every issue keeps its identity.
    const moved = await analyzeAndStore({ 'a.py': `# a\n# b\n${SCRIPT}` }, 'b'.repeat(40));
    expect(moved.indexDiff).toMatchObject({ nb_new_issues: 0, nb_fixed_issues: 0, nb_common_issues: before.length });
    const after = await issuesOf('b'.repeat(40));
    expect(after.map((f) => f.issueUuid).sort()).toEqual(before.map((f) => f.issueUuid).sort());
    expect(after.map((f) => f.line)).toEqual(before.map((f) => f.line + 2));

    // The first issue is ignored; then every finding disappears, then comes back.
    const ignored = before[0]!;
    await resolveIssue(store.db, project, ignored.issueUuid!, {
      status: 'ignored',
      reason: 'on purpose',
      userId: null,
    });
    const fixed = await analyzeAndStore({ 'a.py': 'def f(x):\n    return x\n' }, 'c'.repeat(40));
    expect(fixed.indexDiff?.nb_fixed_issues).toBe(before.length);
    const statuses = await store.db.select().from(schema.issues).where(eq(schema.issues.projectId, project.id));
    expect(statuses.find((i) => i.uuid === ignored.issueUuid)?.status).toBe('ignored');
    expect(statuses.filter((i) => i.status === 'fixed').length).toBe(before.length - 1);

    const back = await analyzeAndStore({ 'a.py': SCRIPT }, 'd'.repeat(40));
    expect(back.indexDiff?.nb_new_issues).toBe(before.length);
    const returned = await issuesOf('d'.repeat(40));
    expect(returned.map((f) => f.issueUuid).sort()).toEqual(before.map((f) => f.issueUuid).sort());
    expect(returned.find((f) => f.issueUuid === ignored.issueUuid)?.issueStatus).toBe('ignored');
    expect(returned.filter((f) => f.issueStatus === 'reopened').length).toBe(before.length - 1);

    // A status filter reads the status each finding carries: marking an issue ignored reached every analysis.
    for (const sha of ['b'.repeat(40), 'd'.repeat(40)]) {
      const index = await findIndex(store.db, project, sha);
      const ignoredOnly = await listIndexFindings(store.db, index, { statuses: ['ignored'] }, { limit: 10, offset: 0 });
      expect([ignoredOnly.total, ignoredOnly.items.map((f) => f.issueUuid)]).toEqual([1, [ignored.issueUuid]]);
    }
  });

  it('pages the findings in one order from either end: every page, joined, is the whole list', async () => {
    const sha = 'd'.repeat(40);
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, n) => [`m${n}.py`, SCRIPT]));
    await analyzeAndStore(files, sha);
    const index = await findIndex(store.db, project, sha);
    const whole = await listIndexFindings(store.db, index, {}, { limit: 1000, offset: 0 });
    expect(whole.total).toBeGreaterThan(12);
    const ids = (items: { id: number }[]) => items.map((item) => item.id);
    // Pages past the middle are read backwards; they must still come first to last.
    const paged = [];
    for (let offset = 0; offset < whole.total; offset += 5)
      paged.push(...(await listIndexFindings(store.db, index, {}, { limit: 5, offset })).items);
    expect(ids(paged)).toEqual(ids(whole.items));
    expect(ids(whole.items)).toEqual([...ids(whole.items)].sort((a, b) => a - b));
  });

  it('marks an older index of the same revision outdated', async () => {
    const sha = 'e'.repeat(40);
    const one = await analyzeAndStore({ 'a.py': SCRIPT }, sha);
    const two = await analyzeAndStore({ 'a.py': SCRIPT }, sha);
    const rows = await store.db.select().from(schema.indices).where(eq(schema.indices.revision, sha));
    expect(rows.find((row) => row.analysisId === one.id)?.outdated).toBe(true);
    expect(rows.find((row) => row.analysisId === two.id)?.outdated).toBe(false);
  });

  it('refuses a result of an attempt that no longer holds the analysis, and stores nothing', async () => {
    const analysis = await insertAnalysis(store.db, project, {
      kind: 'branch',
      branch: 'main',
      revision: 'f'.repeat(40),
    });
    const first = (await claimAnalysis(store.db, analysis.id, new Date(0)))!;
    const second = (await claimAnalysis(store.db, analysis.id, new Date(0)))!;
    await moveAnalysis(store.db, analysis.id, second.attempt, 'in_progress');
    const result = await analyzeDirectory(dir, { threads: 0 });
    await expect(
      storeResults(store.db, analysis.id, result, { attempt: first.attempt, defaultBranch: 'main' }),
    ).rejects.toThrow(/no longer running/);
    const rows = await store.db.select().from(schema.findings).where(eq(schema.findings.analysisId, analysis.id));
    expect(rows).toEqual([]);
  });
});
