import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { markFalsePositive } from '../../domain/analyses/index.js';
import { createProject } from '../../domain/projects/index.js';
import { schema } from '../../store/index.js';
import { storeEngineFindings } from '../../../test/support/stored-analysis.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';

// Ruff: an unused import (F401) and a comparison with None (E711).
const PYTHON = ['import os', '', 'def f(x):', '    if x == None:', '        return 1', '    return 2', ''].join('\n');

interface InspectionEntry {
  id: string;
  actual: number;
  baseline: number;
}

describe(`the per-rule counts kept for Qodana's insights, on ${TEST_DRIVER}`, () => {
  let harness: TestApp;
  let acme: Tenant;

  beforeAll(async () => {
    harness = await openTestApp();
    acme = await createTenant(harness.store, 'acme-insight-counts');
  });
  afterAll(() => harness.close());

  const counted = async (analysisIds: number[]) =>
    (
      await harness.store.db
        .select({ analysisId: schema.insightCountSets.analysisId })
        .from(schema.insightCountSets)
        .where(inArray(schema.insightCountSets.analysisId, analysisIds))
    ).map((row) => row.analysisId);
  const inspections = async (projectUuid: string) => {
    const response = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/public/organizations/inspection-insights/query',
      headers: { authorization: `Bearer ${acme.adminOrganizationToken}` },
      payload: { includeProjectIds: [projectUuid] },
    });
    expect(response.statusCode).toBe(200);
    return (response.json() as { inspections: InspectionEntry[] }).inspections
      .map(({ id, actual, baseline }) => `${id} ${actual}/${baseline}`)
      .sort();
  };

  it("writes a default-branch analysis's counts as it is stored, and none for another branch", async () => {
    const project = await createProject(harness.store.db, acme.owner, { provider: 'gp', name: 'stored-counts' });
    const main = await storeEngineFindings(
      harness.store.db,
      project,
      { 'mod.py': PYTHON },
      { kind: 'branch', branch: 'main' },
    );
    const topic = await storeEngineFindings(
      harness.store.db,
      project,
      { 'mod.py': PYTHON },
      { kind: 'branch', branch: 'topic' },
    );
    expect(await counted([main.analysis.id, topic.analysis.id])).toEqual([main.analysis.id]);
    const rows = await harness.store.db
      .select()
      .from(schema.insightCounts)
      .where(eq(schema.insightCounts.analysisId, main.analysis.id));
    // The first analysis is its own baseline: every problem is a baseline problem.
    expect(rows.map((row) => `${row.tool}/${row.rule} ${row.severity} ${row.actual}/${row.baseline}`).sort()).toEqual(
      main.findings.map((finding) => `${finding.tool}/${finding.rule} ${finding.severity} 0/1`).sort(),
    );
  }, 120_000);

  it('counts again what a change of issue status moved, and an analysis whose counts were dropped', async () => {
    const project = await createProject(harness.store.db, acme.owner, { provider: 'gp', name: 'moved-counts' });
    const stored = await storeEngineFindings(
      harness.store.db,
      project,
      { 'mod.py': PYTHON },
      { kind: 'branch', branch: 'main' },
    );
    expect(await inspections(project.uuid)).toEqual(['ruff/E711 0/1', 'ruff/F401 0/1']);
    // The unused import, on the first line.
    const [finding] = await harness.store.db
      .select({ id: schema.findings.id })
      .from(schema.findings)
      .where(eq(schema.findings.analysisId, stored.analysis.id))
      .orderBy(schema.findings.line);
    await markFalsePositive(
      harness.store.db,
      acme.owner,
      { findingId: finding!.id },
      { isFalsePositive: true, reason: 'os is imported for its side effects' },
    );
    expect(await counted([stored.analysis.id])).toEqual([]);
    expect(await inspections(project.uuid)).toEqual(['ruff/E711 0/1']);
    expect(await counted([stored.analysis.id])).toEqual([stored.analysis.id]);
    // Stored before the counts existed: counted by the first query that needs them.
    await harness.store.db
      .delete(schema.insightCountSets)
      .where(eq(schema.insightCountSets.analysisId, stored.analysis.id));
    expect(await inspections(project.uuid)).toEqual(['ruff/E711 0/1']);
    await markFalsePositive(harness.store.db, acme.owner, { findingId: finding!.id }, { isFalsePositive: false });
    expect(await inspections(project.uuid)).toEqual(['ruff/E711 0/1', 'ruff/F401 0/1']);
  }, 120_000);
});
