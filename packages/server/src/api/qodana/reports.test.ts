import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeDirectory, fromViolation } from '@plumb/engine';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimAnalysis,
  insertAnalysis,
  latestDefaultBranchReports,
  listIndexFindings,
  findIndex,
  moveAnalysis,
  resolveIssue,
  storeResults,
  type AnalysisRequest,
} from '../../domain/analyses/index.js';
import { createProject, type Project } from '../../domain/projects/index.js';
import { assertQodanaSchema, checkEveryQodanaResponse } from '../../../test/support/qodana-spec.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';

const BASE = '/api/v1/public/organizations';

// Ruff finds an unused import (F401) and a comparison with None (E711), among others.
const PYTHON = ['import os', '', 'def f(x):', '    if x == None:', '        return 1', '    return 2', ''].join('\n');
// Ruff finds a bare except (E722): a rule the default branch's file does not have.
const PYTHON_FEATURE = ['def g():', '    try:', '        return 1', '    except:', '        return 2', ''].join('\n');
// oxlint finds a debugger statement.
const JAVASCRIPT = ['export function h(a) {', '  debugger;', '  return a;', '}', ''].join('\n');

const SEVERITY = { info: 'INFO', low: 'LOW', moderate: 'MODERATE', high: 'HIGH', critical: 'CRITICAL' } as const;

let harness: TestApp;
let qodanaViolations: string[] = [];
let acme: Tenant;
let globex: Tenant;
const dirs: string[] = [];

beforeAll(async () => {
  harness = await openTestApp((app) => {
    qodanaViolations = checkEveryQodanaResponse(app);
  });
  acme = await createTenant(harness.store, 'acme-reports');
  globex = await createTenant(harness.store, 'globex-reports');
});
afterAll(async () => {
  await harness.close();
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

const get = (url: string, token: string) =>
  harness.app.inject({ method: 'GET', url: `${BASE}${url}`, headers: { authorization: `Bearer ${token}` } });

/** Analyzes `files` with the engine and stores the result as a completed analysis; answers it and the findings. */
async function analyzeAndStore(project: Project, files: Record<string, string>, request: Partial<AnalysisRequest>) {
  const dir = await mkdtemp(path.join(tmpdir(), 'plumb-qodana-reports-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  const { db } = harness.store;
  const inserted = await insertAnalysis(db, project, {
    kind: 'branch',
    branch: 'main',
    revision: 'a'.repeat(40),
    ...request,
  });
  const claimed = (await claimAnalysis(db, inserted.id, new Date(0)))!;
  expect(await moveAnalysis(db, inserted.id, claimed.attempt, 'in_progress')).toBe(true);
  const result = await analyzeDirectory(dir, { threads: 0 });
  const analysis = await storeResults(db, inserted.id, result, {
    attempt: claimed.attempt,
    defaultBranch: project.defaultBranch,
  });
  expect(analysis.state).toBe('completed');
  return { analysis, findings: result.violations.map(fromViolation) };
}

/** The report's inspections as the engine's findings count them: one per rule and severity. */
function expectedInspections(findings: readonly { tool: string; rule: string; severity: keyof typeof SEVERITY }[]) {
  const counts = new Map<string, { id: string; severity: string; actual: number }>();
  for (const finding of findings) {
    const key = `${finding.tool}/${finding.rule} ${finding.severity}`;
    const entry = counts.get(key) ?? {
      id: `${finding.tool}/${finding.rule}`,
      severity: SEVERITY[finding.severity],
      actual: 0,
    };
    entry.actual += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].map((entry) => ({ ...entry, baseline: 0 }));
}

const idsOf = (findings: readonly { tool: string; rule: string }[]) =>
  [...new Set(findings.map((finding) => `${finding.tool}/${finding.rule}`))].sort();

interface ReportBody {
  latestFullScanReport?: {
    id: string;
    timestamp: string;
    inspections: { id: string; name: string; severity: string; baseline: number; actual: number }[];
  };
}

describe('latestFullScanReport and GET /inspections', () => {
  let project: Project;
  let mainFindings: { tool: string; rule: string }[] = [];
  let featureFindings: { tool: string; rule: string }[] = [];
  let latestUuid = '';

  it('leaves latestFullScanReport out, and lists no inspection, before any analysis', async () => {
    project = await createProject(harness.store.db, acme.owner, { provider: 'gp', name: 'reported' });
    const response = await get(`/projects/${project.uuid}`, acme.adminOrganizationToken);
    expect(response.statusCode).toBe(200);
    assertQodanaSchema('ApiGetProjectResponse', response.json());
    expect(response.json()).not.toHaveProperty('latestFullScanReport');
    expect(response.body).not.toContain('latestFullScanReport');
    const byName = await get(`/projects?projectName=reported`, acme.adminOrganizationToken);
    expect(byName.json()).not.toHaveProperty('latestFullScanReport');

    const inspections = await get('/inspections', acme.adminOrganizationToken);
    expect(inspections.json()).toEqual({ inspections: [] });
  });

  it("reports the default branch's latest analysis: uuid, finish time, problems by rule and severity", async () => {
    const { analysis, findings } = await analyzeAndStore(project, { 'a.py': PYTHON }, { revision: 'a'.repeat(40) });
    mainFindings = findings;
    expect(findings.some((finding) => finding.tool === 'ruff' && finding.rule === 'F401')).toBe(true);
    const response = await get(`/projects/${project.uuid}`, acme.adminOrganizationToken);
    expect(response.statusCode).toBe(200);
    const body = response.json<ReportBody>();
    assertQodanaSchema('ApiGetProjectResponse', body);
    assertQodanaSchema('ApiGetProjectReport', body.latestFullScanReport);
    const report = body.latestFullScanReport!;
    expect(report).toMatchObject({
      id: analysis.uuid,
      timestamp: analysis.finishedAt!.toISOString(),
      licenseAudit: { isEnabled: false },
      codeCoverage: { isEnabled: false },
    });
    expect(
      report.inspections.map(({ id, severity, baseline, actual }) => ({ id, severity, baseline, actual })),
    ).toEqual(expect.arrayContaining(expectedInspections(findings)));
    expect(report.inspections).toHaveLength(expectedInspections(findings).length);
    expect(report.inspections.find((inspection) => inspection.id === 'ruff/F401')).toMatchObject({
      name: 'F401',
      actual: 1,
    });
    const byName = await get(`/projects?projectName=reported`, acme.adminOrganizationToken);
    expect(byName.json()).toEqual(body);
    latestUuid = analysis.uuid;
  });

  it('ignores other branches and pull requests; a newer default-branch analysis replaces it', async () => {
    const before = (await get(`/projects/${project.uuid}`, acme.adminOrganizationToken)).json<ReportBody>();
    const feature = await analyzeAndStore(
      project,
      { 'b.py': PYTHON_FEATURE },
      { branch: 'feature', revision: 'b'.repeat(40) },
    );
    featureFindings = feature.findings;
    expect(feature.findings.some((finding) => finding.rule === 'E722')).toBe(true);
    await analyzeAndStore(
      project,
      { 'c.py': PYTHON_FEATURE },
      { kind: 'pull_request', branch: 'main', pullRequest: 7, baseBranch: 'main', revision: 'c'.repeat(40) },
    );
    const after = (await get(`/projects/${project.uuid}`, acme.adminOrganizationToken)).json<ReportBody>();
    expect(after).toEqual(before);
    expect(after.latestFullScanReport!.id).toBe(latestUuid);

    const newer = await analyzeAndStore(project, { 'a.py': 'import os\n' }, { revision: 'd'.repeat(40) });
    const latest = (await get(`/projects/${project.uuid}`, acme.adminOrganizationToken)).json<ReportBody>();
    assertQodanaSchema('ApiGetProjectResponse', latest);
    expect(latest.latestFullScanReport!.id).toBe(newer.analysis.uuid);
    expect(latest.latestFullScanReport!.inspections.map((inspection) => inspection.id)).toEqual(idsOf(newer.findings));
    latestUuid = newer.analysis.uuid;
    mainFindings = [...mainFindings, ...newer.findings];
  });

  it('leaves out of the counts the issues a user marked ignored or false positive', async () => {
    const index = await findIndex(harness.store.db, project, 'd'.repeat(40));
    const [finding] = (await listIndexFindings(harness.store.db, index, {}, { limit: 100, offset: 0 })).items;
    const before = (await get(`/projects/${project.uuid}`, acme.adminOrganizationToken)).json<ReportBody>();
    const id = `${finding!.tool}/${finding!.rule}`;
    const count = before.latestFullScanReport!.inspections.find((inspection) => inspection.id === id)!.actual;
    await resolveIssue(harness.store.db, project, finding!.issueUuid!, {
      status: 'ignored',
      reason: 'on purpose',
      userId: null,
    });
    const after = (await get(`/projects/${project.uuid}`, acme.adminOrganizationToken)).json<ReportBody>();
    const left = after.latestFullScanReport!.inspections.find((inspection) => inspection.id === id);
    expect(left?.actual ?? 0).toBe(count - 1);
  });

  it("lists exactly the rules the organization's analyses reported, every branch, nothing of another", async () => {
    const other = await createProject(harness.store.db, globex.owner, { provider: 'gp', name: 'reported' });
    const { findings: globexFindings } = await analyzeAndStore(
      other,
      { 'h.js': JAVASCRIPT },
      { revision: 'e'.repeat(40) },
    );
    expect(globexFindings.some((finding) => finding.tool === 'oxlint')).toBe(true);

    const acmeList = await get('/inspections', acme.adminOrganizationToken);
    expect(acmeList.statusCode).toBe(200);
    assertQodanaSchema('InspectionsListResponse', acmeList.json());
    const acmeIds = acmeList.json<{ inspections: { id: string; name: string }[] }>().inspections.map((i) => i.id);
    // The pull request analysed the feature branch's file: its rules are the feature branch's.
    expect(acmeIds).toEqual(idsOf([...mainFindings, ...featureFindings]));
    expect(acmeIds).toContain('ruff/E722');
    expect(acmeIds.some((id) => id.startsWith('oxlint/'))).toBe(false);

    const globexList = await get('/inspections', globex.adminOrganizationToken);
    const globexInspections = globexList.json<{ inspections: { id: string; name: string }[] }>().inspections;
    expect(globexInspections.map((i) => i.id)).toEqual(idsOf(globexFindings));
    expect(globexInspections.find((i) => i.id === 'oxlint/eslint/no-debugger')).toEqual({
      id: 'oxlint/eslint/no-debugger',
      name: 'No debugger',
    });
  });

  it("never shows a project's report to another organization", async () => {
    const response = await get(`/projects/${project.uuid}`, globex.adminOrganizationToken);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ name: 'NO_PROJECT' });
    const reports = await latestDefaultBranchReports(harness.store.db, globex.owner, [project.id]);
    expect(reports.size).toBe(0);
  });

  it('reads the reports of many projects at once, each of its own default branch, not the unanalysed', async () => {
    const fresh = await createProject(harness.store.db, acme.owner, { provider: 'gp', name: 'never-analysed' });
    const develop = await createProject(harness.store.db, acme.owner, {
      provider: 'gp',
      name: 'on-develop',
      defaultBranch: 'develop',
    });
    const onDevelop = await analyzeAndStore(
      develop,
      { 'a.py': PYTHON },
      { branch: 'develop', revision: 'f'.repeat(40) },
    );
    await analyzeAndStore(develop, { 'a.py': PYTHON_FEATURE }, { branch: 'main', revision: '1'.repeat(40) });
    const reports = await latestDefaultBranchReports(harness.store.db, acme.owner, [
      project.id,
      fresh.id,
      develop.id,
      project.id,
    ]);
    expect([...reports.keys()].sort()).toEqual([project.id, develop.id].sort());
    expect(reports.get(project.id)).toMatchObject({ analysisUuid: latestUuid, branch: 'main' });
    expect(reports.get(develop.id)).toMatchObject({ analysisUuid: onDevelop.analysis.uuid, branch: 'develop' });
    expect(idsOf(reports.get(develop.id)!.problems)).toEqual(idsOf(onDevelop.findings));
    const response = await get(`/projects/${develop.uuid}`, acme.adminOrganizationToken);
    assertQodanaSchema('ApiGetProjectResponse', response.json());
    expect(response.json<ReportBody>().latestFullScanReport?.id).toBe(onDevelop.analysis.uuid);
  });
});

it("sent only responses valid against JetBrains' document", () => {
  expect(qodanaViolations).toEqual([]);
});
