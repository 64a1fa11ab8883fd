import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { analyzeDirectory, formatJson } from '@plumb/engine';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COVERAGE_FIXTURES } from '../../../test/support/coverage-fixtures.js';
import { assertQodanaSchema } from '../../../test/support/qodana-spec.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  buildVerdict,
  claimAnalysis,
  indexOfAnalysis,
  moveAnalysis,
  processUpload,
} from '../../domain/analyses/index.js';
import { coverageOf } from '../../domain/coverage/index.js';
import { createProject, type Project } from '../../domain/projects/index.js';
import { issueProjectToken } from '../../domain/provisioning.js';
import { schema } from '../../store/index.js';

const SHA = 'c0c0a'.padEnd(40, '0');

let world: TestApp;
let tenant: Tenant;
let project: Project;
let token: string;
let result: Record<string, unknown>;
// Read when the module loads: the table of refusals below holds it.
const lcov = readFileSync(`${COVERAGE_FIXTURES}c8/lcov.info`, 'utf8');

beforeAll(async () => {
  world = await openTestApp();
  tenant = await createTenant(world.store, 'scan-coverage');
  project = await createProject(world.store.db, tenant.owner, {
    provider: 'g',
    owner: 'acme',
    name: 'shop',
    defaultBranch: 'main',
  });
  token = (await issueProjectToken(world.store.db, project.id)).secret;
  // The sources c8 measured, analyzed as `plumb scan` analyzes a checkout.
  result = JSON.parse(formatJson(await analyzeDirectory(`${COVERAGE_FIXTURES}c8`, { threads: 0 })));
}, 60_000);
afterAll(async () => {
  await world.close();
});

const upload = (coverage: unknown) =>
  world.app.inject({
    method: 'POST',
    url: '/api/scanner/analyses',
    headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', authorization: `Bearer ${token}` },
    payload: gzipSync(JSON.stringify({ metadata: { branch: 'main', revision: SHA }, result, coverage })),
  });

async function counts() {
  const [analyses] = await world.store.db.select({ n: count() }).from(schema.analyses);
  const [summaries] = await world.store.db.select({ n: count() }).from(schema.analysisCoverage);
  const [files] = await world.store.db.select({ n: count() }).from(schema.coverageFiles);
  return { analyses: analyses!.n, summaries: summaries!.n, files: files!.n };
}

describe('coverage uploaded with an analysis', () => {
  it('stores coverage with the pending analysis; the surfaces serve it once the analysis is processed', async () => {
    const response = await upload([{ report: lcov }]);
    expect(response.statusCode, response.body).toBe(201);
    const { id } = response.json<{ id: number }>();
    expect(await coverageOf(world.store.db, id)).toMatchObject({
      formats: ['lcov'],
      totals: { lines: 34, coveredLines: 27, branches: 11, coveredBranches: 10 },
      files: [{ filename: 'src/pricing.js' }, { filename: 'src/util/format.js' }],
    });

    // The worker stores the result; the build failure conditions see the coverage (27/34 = 0.79).
    const yaml = `build_failure_conditions:\n  - 'project.metric("scrutinizer.test_coverage", < 0.80)'\n`;
    const claimed = (await claimAnalysis(world.store.db, id, new Date(0)))!;
    await moveAnalysis(world.store.db, id, claimed.attempt, 'in_progress');
    const done = await processUpload(world.store.db, id, {
      attempt: claimed.attempt,
      defaultBranch: 'main',
      build: buildVerdict(yaml),
    });
    expect(done).toMatchObject({ state: 'completed', buildStatus: 'failed' });
    expect(done.buildFailures).toEqual(['project.metric("scrutinizer.test_coverage", < 0.80)']);

    const index = (await indexOfAnalysis(world.store.db, id))!;
    const scrutinizer = await world.app.inject({
      method: 'GET',
      url: `/api/repositories/g/acme/shop/indices/${index.id}?access_token=${tenant.ownerUserToken}`,
    });
    expect(scrutinizer.statusCode, scrutinizer.body).toBe(200);
    expect(scrutinizer.json()._embedded.project.metric_values['scrutinizer.test_coverage']).toBe(27 / 34);

    const qodana = await world.app.inject({
      method: 'GET',
      url: `/api/v1/public/organizations/projects/${project.uuid}`,
      headers: { authorization: `Bearer ${tenant.adminOrganizationToken}` },
    });
    expect(qodana.statusCode, qodana.body).toBe(200);
    expect(qodana.json().latestFullScanReport.codeCoverage).toEqual({ percentage: 79, isEnabled: true });
    assertQodanaSchema('ApiGetProjectResponse', qodana.json());
  });

  it('merges two reports of the same run (lcov and Clover) into one coverage of each file', async () => {
    const clover = await readFile(`${COVERAGE_FIXTURES}c8/clover.xml`, 'utf8');
    const response = await upload([{ report: lcov, format: 'lcov' }, { report: clover }]);
    expect(response.statusCode, response.body).toBe(201);
    const stored = await coverageOf(world.store.db, response.json<{ id: number }>().id);
    // Hits add up, the branches of a line are the larger count: the same lines and branches, covered alike.
    expect(stored).toMatchObject({
      formats: ['lcov', 'clover'],
      totals: { lines: 34, coveredLines: 27, branches: 11, coveredBranches: 10 },
    });
  });

  it.each([
    [
      'a malformed report',
      [{ report: 'SF:src/pricing.js\nDA:1,x\n' }],
      'coverage[0]: lcov report, line 2: DA hit count is not a non-negative integer',
    ],
    [
      'a truncated report, second in the list',
      [{ report: lcov }, { report: 'SF:src/pricing.js\nDA:1,1\n' }],
      'coverage[1]: lcov report: the record of src/pricing.js has no end_of_record (truncated?)',
    ],
    [
      'an unknown format',
      [{ report: lcov, format: 'gcov' }],
      'coverage[0].format: one of lcov, cobertura, jacoco, clover',
    ],
    ['a report that is no text', [{ report: 42 }], 'coverage[0].report: the text of the report'],
    ['coverage that is not a list', { report: lcov }, 'coverage: an array of at most 20 reports {"format"?, "report"}'],
  ])('refuses %s with 400 naming it, and stores nothing', async (_, coverage, message) => {
    const before = await counts();
    const response = await upload(coverage);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ message });
    expect(await counts()).toEqual(before);
  });

  it('keeps the analysis when the coverage names none of its files, listing what did not map', async () => {
    const other = 'SF:/elsewhere/lib/other.js\nDA:1,1\nend_of_record\n';
    const response = await upload([{ report: other }]);
    expect(response.statusCode, response.body).toBe(201);
    const stored = await coverageOf(world.store.db, response.json<{ id: number }>().id);
    expect(stored).toMatchObject({ totals: { lines: 0 }, lineRate: null, files: [] });
    expect(stored!.unmatched).toEqual([
      { reportPath: '/elsewhere/lib/other.js', reason: 'no repository file has this path or ends with it' },
    ]);
    const [row] = await world.store.db
      .select()
      .from(schema.analysisCoverage)
      .where(eq(schema.analysisCoverage.analysisId, response.json<{ id: number }>().id));
    expect(row?.formats).toEqual(['lcov']);
  });
});
