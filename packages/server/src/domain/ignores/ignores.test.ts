import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, type Store } from '../../store/index.js';
import { openTestStore } from '../../../test/support/test-store.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import type { Principal } from '../access/index.js';
import { findIndex, listIndexFindings } from '../analyses/index.js';
import { Forbidden, NotFound } from '../errors.js';
import { createProject, type Project } from '../projects/index.js';
import { resolveCredential } from '../tokens/index.js';
import { addViolationIgnore, projectIgnores, removeViolationIgnore } from './index.js';

let store: Store;
let acme: Tenant;
let project: Project;
let owner: Principal;
let viewer: Principal;
let stranger: Principal;

const principalOf = async (token: string) => (await resolveCredential(store.db, { secret: token }))!;

beforeAll(async () => {
  store = await openTestStore();
  acme = await createTenant(store, 'acme');
  const globex = await createTenant(store, 'globex');
  project = await createProject(store.db, acme.owner, { provider: 'g', owner: 'acme', name: 'api' });
  owner = await principalOf(acme.ownerUserToken);
  viewer = await principalOf(await acme.memberUserToken('viewer@acme.example', 'VIEWER'));
  stranger = await principalOf(globex.ownerUserToken);
});
afterAll(() => store.close());

let revision = 0;
const analyze = (files: Record<string, string>) =>
  storeEngineAnalysis(store.db, project, files, {
    kind: 'branch',
    branch: 'main',
    revision: (++revision).toString(16).padStart(40, '0'),
  });

/** Each finding of the analysis as `file:rule:status`, and its index's open and ignored counts. */
async function reported(analysisId: number) {
  const index = await findIndex(store.db, project, String((await indexId(analysisId))!));
  const page = await listIndexFindings(store.db, index, {}, { limit: 100, offset: 0 });
  return {
    findings: page.items.map((f) => `${f.filename}:${f.rule}:${f.status}`).sort(),
    counts: [index.nbIssues, index.nbIgnoredIssues],
  };
}
async function indexId(analysisId: number) {
  const [row] = await store.db.select().from(schema.indices).where(eq(schema.indices.analysisId, analysisId));
  return row?.id;
}

describe('violations to ignore', () => {
  it('ignores a rule for the project or a file, now and later, and reports it again once removed', async () => {
    const first = await analyze({ 'a.py': PYTHON_WITH_FINDINGS, 'b.py': PYTHON_WITH_FINDINGS });
    const before = await reported(first.id);
    expect(before.findings).toContain('a.py:F401:open');
    expect(before.findings).toContain('b.py:E711:open');
    const total = before.findings.length;

    await addViolationIgnore(store.db, owner, { projectId: project.id, rule: 'F401', tool: 'ruff' });
    const perFile = { projectId: project.id, rule: 'E711', tool: 'ruff', filename: 'a.py', language: 'Python' };
    await addViolationIgnore(store.db, owner, { ...perFile, description: 'legacy module' });
    // Adding it again answers the same ignore.
    const again = await addViolationIgnore(store.db, owner, perFile);
    expect(again.description).toBe('legacy module');
    expect((await projectIgnores(store.db, project.id)).length).toBe(2);

    // The existing issues are ignored in the stored analysis, and its counts follow.
    const ignoredNow = await reported(first.id);
    expect(ignoredNow.findings).toEqual(
      expect.arrayContaining(['a.py:F401:ignored', 'b.py:F401:ignored', 'a.py:E711:ignored', 'b.py:E711:open']),
    );
    expect(ignoredNow.counts).toEqual([total - 3, 3]);

    // A later analysis reports a new file's F401 as ignored from the start.
    const second = await analyze({
      'a.py': PYTHON_WITH_FINDINGS,
      'b.py': PYTHON_WITH_FINDINGS,
      'c.py': 'import sys\n',
    });
    const later = await reported(second.id);
    expect(later.findings).toEqual(
      expect.arrayContaining(['c.py:F401:ignored', 'a.py:E711:ignored', 'b.py:E711:open', 'a.py:F401:ignored']),
    );
    expect(later.counts).toEqual([total - 3, 4]);

    // Removing the project-wide ignore opens its issues again, and the next analysis reports them.
    await removeViolationIgnore(store.db, owner, { projectId: project.id, rule: 'F401', tool: 'ruff' });
    expect((await reported(second.id)).findings).toEqual(
      expect.arrayContaining(['c.py:F401:open', 'a.py:F401:open', 'a.py:E711:ignored']),
    );
    const third = await analyze({ 'a.py': PYTHON_WITH_FINDINGS, 'b.py': PYTHON_WITH_FINDINGS, 'c.py': 'import sys\n' });
    expect((await reported(third.id)).counts).toEqual([total, 1]);
  });

  it('is for who administers the project; another organization sees no project', async () => {
    const ignore = { projectId: project.id, rule: 'F841', tool: 'ruff' };
    await expect(addViolationIgnore(store.db, viewer, ignore)).rejects.toThrow(Forbidden);
    await expect(addViolationIgnore(store.db, stranger, ignore)).rejects.toThrow(NotFound);
    await expect(removeViolationIgnore(store.db, stranger, ignore)).rejects.toThrow(NotFound);
    await expect(removeViolationIgnore(store.db, owner, ignore)).rejects.toThrow('violation ignore not found');
    await expect(addViolationIgnore(store.db, owner, { ...ignore, filename: '/etc/passwd' })).rejects.toThrow(
      'filename: expected a path relative to the repository root',
    );
  });
});
