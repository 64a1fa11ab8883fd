import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { sealedBox } from '../src/crypto/sealed-box.js';
import { readArtifact } from '../src/domain/analyses/index.js';
import { openQueue, type Queue } from '../src/jobs/queue.js';
import { startWorker, type Worker } from '../src/jobs/worker.js';
import { schema, type Store } from '../src/store/index.js';
import { openAnalysisWorld, type AnalysisWorld } from './support/analysis-world.js';
import { PYTHON_WITH_FINDINGS } from './support/python-findings.js';
import { openTestStore, TEST_DRIVER } from './support/test-store.js';

/** A function long enough to count as a clone (50 tokens, 6 lines) wherever it is repeated. */
const SHARED = [
  'def summarize(rows, key, limit):',
  '    totals = {}',
  '    for row in rows:',
  '        value = row.get(key)',
  '        if value is None:',
  '            continue',
  '        totals[value] = totals.get(value, 0) + row.get("amount", 0)',
  '    ordered = sorted(totals.items(), key=lambda item: item[1], reverse=True)',
  '    return [name for name, _ in ordered[:limit]]',
  '',
].join('\n');
const OTHER = 'def other(a, b):\n    if a and b or not a:\n        return 1\n    return 2\n';
const JAVASCRIPT = "function g(a) {\n  debugger;\n  if (typeof a === 'strnig') { return 0 }\n  return 2;\n}\n";

describe(`smart scans through the pipeline on ${TEST_DRIVER}`, () => {
  let store: Store;
  let world: AnalysisWorld;
  let queue: Queue;
  let worker: Worker;
  let app: FastifyInstance;

  const trigger = async (type: 'smart' | 'deep') => {
    const response = await app.inject({
      method: 'POST',
      url: `/api/scans/trigger/${world.project.id}`,
      headers: { authorization: `Bearer ${world.tenant.ownerUserToken}` },
      payload: { type },
    });
    expect(response.statusCode, response.body).toBe(200);
    const done = await world.settle((response.json() as { scan_id: number }).scan_id);
    expect(done.state, done.error ?? '').toBe('completed');
    return done;
  };
  const logOf = async (id: number) => (await readArtifact(store.db, id, 'plumb', 'analysis.log')).content.toString();
  const issuesOf = async (id: number) => {
    const response = await app.inject({
      method: 'GET',
      url: `/api/scans/${id}/issues?limit=500`,
      headers: { authorization: `Bearer ${world.tenant.ownerUserToken}` },
    });
    const { issues } = response.json() as { issues: Record<string, unknown>[] };
    // What the finding is, not how this scan's tracking saw it (new, its issue, its row).
    return issues.map(({ id: _id, issue_id: _issue, is_new: _new, status: _status, ...finding }) => finding);
  };
  /** Everything the analysis stored but its identity, its clock and its comparison with the one before. */
  const storedResults = async (id: number) => {
    const [index] = await store.db.select().from(schema.indices).where(eq(schema.indices.analysisId, id));
    const { id: _i, analysisId: _a, runningTimeSeconds: _r, createdAt: _c, outdated: _o, ...figures } = index!;
    const { functions, analysisFiles, duplicates, duplicateOccurrences } = schema;
    const rowsOf = async (
      table: typeof functions | typeof analysisFiles | typeof duplicates | typeof duplicateOccurrences,
    ) => {
      const rows = await store.db.select().from(table).where(eq(table.analysisId, id)).orderBy(asc(table.id));
      return rows.map(({ id: _id, analysisId: _analysis, ...rest }) => rest);
    };
    return {
      figures,
      functions: await rowsOf(functions),
      files: await rowsOf(analysisFiles),
      duplicates: await rowsOf(duplicates),
      occurrences: await rowsOf(duplicateOccurrences),
    };
  };

  beforeAll(async () => {
    store = await openTestStore();
    world = await openAnalysisWorld(store, 'smart');
    queue = await openQueue(store, { expireInSeconds: 300 });
    worker = await startWorker(world.context, queue, { concurrency: 1, pollingIntervalSeconds: 0.5 });
    app = await buildApp({ store, queue, logger: false, secrets: sealedBox(randomBytes(32)) });
    await app.ready();
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await worker?.stop();
    await queue?.stop();
    await store?.close();
    await world?.dispose();
  });

  it('analyzes every file when the branch has no analysis to start from', async () => {
    world.repo.commit('First', {
      'app/shared.py': SHARED,
      'app/mod.py': PYTHON_WITH_FINDINGS,
      'app/other.py': OTHER,
      'web/index.js': JAVASCRIPT,
    });
    const first = await trigger('smart');
    expect(await logOf(first.id)).toContain('smart scan analyzes every file: the branch has no completed analysis');
  }, 120_000);

  it('analyzes only the changed file and stores what a deep scan of the same revision stores', async () => {
    // other.py now repeats shared.py, which is not analyzed again: the clone comes from its earlier tokens.
    world.repo.commit('Change one file', {
      'app/other.py': `import sys\n\n${OTHER}\n\n${SHARED.replace('summarize', 'summarize_again')}`,
    });
    const smart = await trigger('smart');
    const log = await logOf(smart.id);
    expect(log).toMatch(/smart scan: 1 paths changed since analysis \d+/);
    expect(log).toContain('analyzed 1 of 1 files');
    // The worker's engine process and the project's work tree, both kept from the first scan.
    expect(log).toContain('engine process warm (its analysis 2)');
    expect(log).toContain("checked out from the previous analysis's work tree");
    const deep = await trigger('deep');
    expect(deep.revision).toBe(smart.revision);
    expect(await logOf(deep.id)).not.toContain('smart scan');
    const smartIssues = await issuesOf(smart.id);
    expect(smartIssues.map((issue) => issue.rule_id)).toEqual(
      expect.arrayContaining(['ruff/F401', 'plumb/duplication/duplicated-code']),
    );
    expect(smartIssues).toEqual(await issuesOf(deep.id));
    const smartResults = await storedResults(smart.id);
    expect(smartResults.occurrences.map((at) => ('filename' in at ? at.filename : '')).sort()).toEqual([
      'app/other.py',
      'app/shared.py',
    ]);
    expect(smartResults).toEqual(await storedResults(deep.id));
  }, 180_000);

  it('analyzes every file after a configuration change, an added module, or without the earlier results', async () => {
    world.repo.commit('Configure', { '.plumb.yml': 'exclude:\n  - web/**\n' });
    const configured = await trigger('smart');
    expect(await logOf(configured.id)).toContain('.plumb.yml changed, which may change the results of every file');
    world.repo.commit('Add a module', { 'app/added.py': 'VALUE = 1\n' });
    const added = await trigger('smart');
    expect(await logOf(added.id)).toContain('the Python module app/added.py was added');
    // Another worker ran the base analysis: this one has nothing to take over.
    await rm(path.join(world.context.dataDir, 'file-results'), { recursive: true, force: true });
    world.repo.commit('Change again', { 'app/added.py': 'VALUE = 2\n' });
    const elsewhere = await trigger('smart');
    expect(await logOf(elsewhere.id)).toMatch(/this worker keeps no per-file results of analysis \d+/);
    // The project's .plumb.yml override, saved after that analysis, configures every file's analysis.
    await store.db
      .update(schema.projects)
      .set({ plumbConfig: 'exclude:\n  - web/**\n', plumbConfigChangedAt: new Date() })
      .where(eq(schema.projects.id, world.project.id));
    world.repo.commit('Change once more', { 'app/added.py': 'VALUE = 3\n' });
    const overridden = await trigger('smart');
    expect(await logOf(overridden.id)).toContain(
      `the project's .plumb.yml override changed since analysis ${elsewhere.id}`,
    );
    expect(await logOf(overridden.id)).toContain("using the project's .plumb.yml override");
  }, 180_000);
});
