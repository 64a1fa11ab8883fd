import { parseCoverage } from '@plumb/engine';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzedFixture, coverageFixture } from '../../../test/support/coverage-fixtures.js';
import { createTenant } from '../../../test/support/tenant-fixture.js';
import { openTestStore } from '../../../test/support/test-store.js';
import { schema, type Store } from '../../store/index.js';
import { findIndex, insertAnalysis, latestDefaultBranchReports, type Analysis } from '../analyses/index.js';
import type { OrganizationAccess } from '../access/index.js';
import { Conflict, Invalid } from '../errors.js';
import { createProject, type Project } from '../projects/index.js';
import { coverageOf, fileCoverageOf, storeCoverage } from './index.js';

let store: Store;
let project: Project;
let owner: OrganizationAccess;
const analyzed: Record<string, Analysis> = {};

beforeAll(async () => {
  store = await openTestStore();
  const tenant = await createTenant(store, 'coverage');
  owner = tenant.owner;
  project = await createProject(store.db, owner, { provider: 'gp', name: 'covered', defaultBranch: 'c8' });
  for (const folder of ['c8', 'coverage-py', 'jacoco', 'jacoco-modules', 'gcc'])
    analyzed[folder] = await analyzedFixture(store.db, project, folder, folder);
}, 120_000);
afterAll(async () => {
  await store.close();
});

async function rowCounts(analysisId: number) {
  const [files] = await store.db
    .select({ n: count() })
    .from(schema.coverageFiles)
    .where(eq(schema.coverageFiles.analysisId, analysisId));
  const [summaries] = await store.db
    .select({ n: count() })
    .from(schema.analysisCoverage)
    .where(eq(schema.analysisCoverage.analysisId, analysisId));
  return { files: files!.n, summaries: summaries!.n };
}

const fileTotals = async (analysisId: number) =>
  Object.fromEntries((await coverageOf(store.db, analysisId))!.files.map((file) => [file.filename, file.totals]));

describe('storing coverage with an analysis', () => {
  it("stores c8's lcov with the totals c8 wrote (LF, LH, BRF, BRH), mapped onto the analysis's files", async () => {
    const summary = await storeCoverage(store.db, analyzed.c8!, coverageFixture('c8/lcov.info'));
    expect(summary).toMatchObject({
      formats: ['lcov'],
      totals: { lines: 34, coveredLines: 27, branches: 11, coveredBranches: 10 },
      lineRate: 27 / 34,
      branchRate: 10 / 11,
      unmatched: [],
    });
    expect(await fileTotals(analyzed.c8!.id)).toEqual({
      'src/pricing.js': { lines: 26, coveredLines: 21, branches: 8, coveredBranches: 8 },
      'src/util/format.js': { lines: 8, coveredLines: 6, branches: 3, coveredBranches: 2 },
    });
  });

  it('keeps every line as the engine read it: hits, branches and covered branches', async () => {
    const report = await parseCoverage(coverageFixture('c8/lcov.info'));
    expect(report.files).toHaveLength(2);
    for (const file of report.files) {
      const stored = await fileCoverageOf(store.db, analyzed.c8!.id, file.path);
      expect(stored).toEqual({
        lines: file.lines,
        hits: file.hits,
        branches: file.branches,
        coveredBranches: file.coveredBranches,
      });
    }
  });

  it('replaces the coverage on a new upload, whatever its format (detected from the content)', async () => {
    await storeCoverage(store.db, analyzed.c8!, coverageFixture('c8/clover.xml'));
    const clover = await coverageOf(store.db, analyzed.c8!.id);
    expect(clover).toMatchObject({ formats: ['clover'], totals: { lines: 34, coveredLines: 27 } });
    expect(clover!.files.map((file) => file.format)).toEqual(['clover', 'clover']);
    await storeCoverage(store.db, analyzed.c8!, coverageFixture('c8/cobertura-coverage.xml'), { tool: 'c8' });
    expect(await coverageOf(store.db, analyzed.c8!.id)).toMatchObject({
      formats: ['cobertura'],
      tool: 'c8',
      totals: { lines: 34, coveredLines: 27 },
    });
    expect(await rowCounts(analyzed.c8!.id)).toEqual({ files: 2, summaries: 1 });
  });

  it('replaces the coverage one upload after the other when two arrive at once', async () => {
    const both = await Promise.all([
      storeCoverage(store.db, analyzed.c8!, coverageFixture('c8/lcov.info')),
      storeCoverage(store.db, analyzed.c8!, coverageFixture('c8/clover.xml')),
    ]);
    expect(both.map((summary) => summary.totals.lines)).toEqual([34, 34]);
    expect(await rowCounts(analyzed.c8!.id)).toEqual({ files: 2, summaries: 1 });
    const formats = (await coverageOf(store.db, analyzed.c8!.id))!.files.map((file) => file.format);
    expect([
      ['lcov', 'lcov'],
      ['clover', 'clover'],
    ]).toContainEqual(formats);
  });

  it("maps coverage.py's Cobertura through its source root, with coverage.py's own totals", async () => {
    const summary = await storeCoverage(
      store.db,
      analyzed['coverage-py']!,
      coverageFixture('coverage-py/coverage.xml'),
    );
    expect(summary.totals).toEqual({ lines: 15, coveredLines: 11, branches: 10, coveredBranches: 5 });
    expect(Object.keys(await fileTotals(analyzed['coverage-py']!.id))).toEqual([
      'inventory/__init__.py',
      'inventory/stock.py',
    ]);
  });

  it("maps JaCoCo's package paths onto src/main/java, with JaCoCo's LINE counter", async () => {
    const summary = await storeCoverage(store.db, analyzed.jacoco!, coverageFixture('jacoco/jacoco.xml'), {
      format: 'jacoco',
    });
    expect(summary.totals).toMatchObject({ lines: 23, coveredLines: 20 });
    expect(Object.keys(await fileTotals(analyzed.jacoco!.id))).toEqual([
      'src/main/java/com/example/shop/Cart.java',
      'src/main/java/com/example/shop/tax/TaxRule.java',
    ]);
  });

  it("keeps the two modules' files of one name apart in a multi-module JaCoCo report", async () => {
    await storeCoverage(store.db, analyzed['jacoco-modules']!, coverageFixture('jacoco-modules/jacoco.xml'));
    expect(Object.keys(await fileTotals(analyzed['jacoco-modules']!.id))).toEqual([
      'billing/src/main/java/com/example/app/Main.java',
      'shipping/src/main/java/com/example/app/Main.java',
    ]);
  });

  it("maps gcc's absolute paths (lcov's geninfo) to the repository's files", async () => {
    const summary = await storeCoverage(store.db, analyzed.gcc!, coverageFixture('gcc/lcov.info'));
    expect(summary.unmatched).toEqual([]);
    expect(Object.keys(await fileTotals(analyzed.gcc!.id))).toEqual(['src/ring.c', 'tests/ring_test.c']);
  });

  it('reports the files it could not map, with the reason, instead of dropping them', async () => {
    const summary = await storeCoverage(store.db, analyzed.gcc!, coverageFixture('c8/lcov.info'));
    expect(summary).toMatchObject({ totals: { lines: 0, coveredLines: 0 }, lineRate: null });
    expect(summary.unmatched).toEqual([
      { reportPath: 'src/pricing.js', reason: 'no repository file has this path or ends with it' },
      { reportPath: 'src/util/format.js', reason: 'no repository file has this path or ends with it' },
    ]);
    expect(await rowCounts(analyzed.gcc!.id)).toEqual({ files: 0, summaries: 1 });
  });
});

describe('refused reports store nothing', () => {
  it('refuses a malformed report naming the field and the line, and keeps the coverage stored before', async () => {
    const before = await coverageOf(store.db, analyzed.jacoco!.id);
    const truncated = ['SF:src/main/java/com/example/shop/Cart.java\n', 'DA:3,x\n'];
    const refusal = await storeCoverage(store.db, analyzed.jacoco!, truncated).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(Invalid);
    expect((refusal as Invalid).message).toBe('file: lcov report, line 2: DA hit count is not a non-negative integer');
    expect(await coverageOf(store.db, analyzed.jacoco!.id)).toEqual(before);
  });

  it('refuses a report past 25 MiB without reading past the cap', async () => {
    const fresh = await analyzedFixture(store.db, project, 'c8', 'oversized');
    let sent = 0;
    const endless = (function* () {
      yield 'SF:src/pricing.js\n';
      for (;;) {
        sent += 1 << 20;
        yield `DA:1,1\n`.repeat((1 << 20) / 7);
      }
    })();
    await expect(storeCoverage(store.db, fresh, endless)).rejects.toThrow(
      'file: coverage report: it is larger than the limit of 25 MiB (26214400 bytes)',
    );
    expect(sent).toBeLessThan(27 << 20);
    expect(await rowCounts(fresh.id)).toEqual({ files: 0, summaries: 0 });
  });

  it('refuses a report of no known format, and a format that is not the one named', async () => {
    const fresh = analyzed['coverage-py']!;
    await expect(storeCoverage(store.db, fresh, ['hello\n'], { field: 'report' })).rejects.toThrow(
      /^report: coverage report: its format is none of lcov/,
    );
    await expect(
      storeCoverage(store.db, fresh, coverageFixture('coverage-py/coverage.xml'), { format: 'jacoco' }),
    ).rejects.toThrow("file: JaCoCo report, line 2: the root element is <coverage>, not JaCoCo's <report>");
  });

  it('refuses coverage for an analysis whose files are not known yet', async () => {
    const pending = await insertAnalysis(store.db, project, { kind: 'branch', branch: 'c8' });
    await expect(storeCoverage(store.db, pending, coverageFixture('c8/lcov.info'))).rejects.toThrow(
      new Conflict('the analysis is new: coverage maps onto the files of a completed analysis'),
    );
    expect(await rowCounts(pending.id)).toEqual({ files: 0, summaries: 0 });
  });
});

describe('what the surfaces read', () => {
  it("gives an index its line coverage (Scrutinizer's test_coverage), and a Qodana report", async () => {
    await storeCoverage(store.db, analyzed.c8!, coverageFixture('c8/lcov.info'));
    const index = await findIndex(store.db, project, String((await indexIdOf(analyzed.c8!.id))!));
    expect(index.testCoverage).toBe(27 / 34);
    const report = (await latestDefaultBranchReports(store.db, owner, [project.id])).get(project.id);
    expect(report).toMatchObject({ analysisId: analyzed.c8!.id, lineCoverage: 27 / 34 });
  });
});

async function indexIdOf(analysisId: number): Promise<number | undefined> {
  const [row] = await store.db
    .select({ id: schema.indices.id })
    .from(schema.indices)
    .where(eq(schema.indices.analysisId, analysisId));
  return row?.id;
}
