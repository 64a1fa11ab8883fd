import type { Finding } from '@plumb/engine';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../domain/analyses/index.js';
import { storeCoverage } from '../../domain/coverage/index.js';
import { rebuildBaseline } from '../../domain/gates/index.js';
import { updateOrganizationSettings } from '../../domain/provisioning.js';
import { createProject, ensureTeamProject, type Project } from '../../domain/projects/index.js';
import { findProjectTeam } from '../../domain/teams/index.js';
import { createProjectToken } from '../../domain/tokens/index.js';
import { schema } from '../../store/index.js';
import { analyzedFixture, coverageFixture } from '../../../test/support/coverage-fixtures.js';
import { assertQodanaSchema, checkEveryQodanaResponse } from '../../../test/support/qodana-spec.js';
import { storeEngineFindings } from '../../../test/support/stored-analysis.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';

const BASE = '/api/v1/public/organizations';

// Ruff: an unused import (F401) and a comparison with None (E711).
const PYTHON = ['import os', '', 'def f(x):', '    if x == None:', '        return 1', '    return 2', ''].join('\n');
// Ruff: a bare except (E722).
const PYTHON_FEATURE = ['def g():', '    try:', '        return 1', '    except:', '        return 2', ''].join('\n');
// oxlint: a debugger statement.
const JAVASCRIPT = ['export function h(a) {', '  debugger;', '  return a;', '}', ''].join('\n');

const SEVERITY = { info: 'INFO', low: 'LOW', moderate: 'MODERATE', high: 'HIGH', critical: 'CRITICAL' } as const;
const day = (date: string) => new Date(`${date}T00:00:00.000Z`);
const RANGE = { start: '2026-01-01T00:00:00Z', end: '2026-01-28T00:00:00Z' };
/** The 10 instants of RANGE: 27 days in 9 steps of 3. */
const INSTANTS = ['01', '04', '07', '10', '13', '16', '19', '22', '25', '28'].map((d) => `2026-01-${d}T00:00:00.000Z`);

let harness: TestApp;
let qodanaViolations: string[] = [];
let acme: Tenant;
let rival: Tenant;

/** A stored analysis with the engine's findings, and the analysis whose findings are its baseline. */
interface Stored {
  analysis: Analysis;
  findings: Finding[];
}

beforeAll(async () => {
  harness = await openTestApp((app) => {
    qodanaViolations = checkEveryQodanaResponse(app);
  });
  acme = await createTenant(harness.store, 'acme-insights');
  rival = await createTenant(harness.store, 'rival-insights');
});
afterAll(() => harness.close());

const post = (url: string, token: string | undefined, payload: unknown) =>
  harness.app.inject({
    method: 'POST',
    url: `${BASE}${url}`,
    headers: token ? { authorization: `Bearer ${token}` } : {},
    payload: payload as object,
  });

/** Analyzes the files on the default branch and dates the analysis's finish at `finishedAt`. */
async function analyzedAt(project: Project, files: Record<string, string>, finishedAt: Date, branch = 'main') {
  const stored = await storeEngineFindings(harness.store.db, project, files, {
    kind: 'branch',
    branch,
    revision: 'b'.repeat(40),
  });
  expect(stored.analysis.state).toBe('completed');
  await harness.store.db.update(schema.analyses).set({ finishedAt }).where(eq(schema.analyses.id, stored.analysis.id));
  return stored;
}

const identity = (finding: Finding) => `${finding.filename}\u0000${finding.uniqueIdentifier}`;

/** Per `<tool>/<rule>` and severity: findings in the baseline (same file and identity) and not. */
function expectedByRule(state: Stored, baseline: Stored) {
  const old = new Set(baseline.findings.map(identity));
  const counts = new Map<string, { id: string; severity: string; baseline: number; actual: number }>();
  for (const finding of state.findings) {
    const id = `${finding.tool}/${finding.rule}`;
    const key = `${id} ${SEVERITY[finding.severity]}`;
    const entry = counts.get(key) ?? { id, severity: SEVERITY[finding.severity], baseline: 0, actual: 0 };
    if (old.has(identity(finding))) entry.baseline += 1;
    else entry.actual += 1;
    counts.set(key, entry);
  }
  return counts;
}

/** ProblemsBySeverity of the state's findings, in the baseline (`inBaseline`) or not. */
function expectedBySeverity(state: Stored, baseline: Stored, inBaseline: boolean) {
  const problems = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 };
  for (const entry of expectedByRule(state, baseline).values()) {
    const count = inBaseline ? entry.baseline : entry.actual;
    problems[entry.severity.toLowerCase() as keyof typeof problems] += count;
    problems.total += count;
  }
  return problems;
}

interface ProjectEntry {
  id: string;
  name: string;
  teamId: string;
  teamName: string;
  codeCoverage: { percentage?: number; isEnabled: boolean };
  licenseAudit: { isEnabled: boolean };
  severityToActualProblems: Record<string, number>;
  severityToBaselineProblems: Record<string, number>;
  timestamp: string;
}

interface InspectionEntry {
  id: string;
  name: string;
  severity: string;
  baseline: number;
  actual: number;
  timestamp: string;
}

describe('insights over analyses at known instants', () => {
  let alpha: Project;
  let beta: Project;
  let alphaTeam: { uuid: string; name: string };
  let a1: Stored, a2: Stored, a3: Stored, b1: Stored, b2: Stored;

  beforeAll(async () => {
    const { db } = harness.store;
    alpha = (await ensureTeamProject(db, acme.owner, { teamName: 'Core', projectName: 'alpha' })).project;
    alphaTeam = (await findProjectTeam(db, acme.owner, alpha))!;
    beta = await createProject(db, acme.owner, { provider: 'gp', name: 'beta' });
    // Stored in this order: A1 is alpha's first default-branch analysis, its baseline.
    a1 = await analyzedAt(alpha, { 'mod.py': PYTHON }, day('2026-01-01'));
    a2 = await analyzedAt(alpha, { 'mod.py': PYTHON, 'feature.py': PYTHON_FEATURE }, day('2026-01-10'));
    // Another branch's analysis is no state of the project.
    await analyzedAt(alpha, { 'app.js': JAVASCRIPT }, day('2026-01-12'), 'topic');
    a3 = await analyzedAt(alpha, { 'feature.py': PYTHON_FEATURE, 'app.js': JAVASCRIPT }, new Date('2026-01-20T12:00Z'));
    b1 = await analyzedAt(beta, { 'app.js': JAVASCRIPT }, day('2026-01-15'));
    // An admin rebuilds beta's baseline: its next default-branch analysis is the baseline from then on.
    await rebuildBaseline(db, acme.owner, beta.id);
    b2 = await analyzedAt(beta, { 'app.js': JAVASCRIPT, 'mod.py': PYTHON }, day('2026-01-25'));
    for (const stored of [a1, a2, a3, b1, b2]) expect(stored.findings.length).toBeGreaterThan(0);
    expect(a2.findings.some((finding) => finding.rule === 'E722')).toBe(true);
  }, 120_000);

  /** Which analysis each project stands at, at each of the 10 instants (undefined: not analysed yet). */
  const alphaAt = () => [a1, a1, a1, a2, a2, a2, a2, a3, a3, a3];
  const betaAt = () => [undefined, undefined, undefined, undefined, undefined, b1, b1, b1, b2, b2];

  it('answers project insights at the 10 instants of the range, each the latest analysis by then', async () => {
    const response = await post('/project-insights/query', acme.adminOrganizationToken, {
      includeProjectIds: [alpha.uuid, beta.uuid],
      timeRange: RANGE,
    });
    expect(response.statusCode).toBe(200);
    assertQodanaSchema('ApiQueryProjectInsightsResponse', response.json());
    const { projects } = response.json() as { projects: ProjectEntry[] };
    const expected = [
      ...alphaAt().map((state, step) => ({ project: alpha, state: state!, baseline: a1, step })),
      ...betaAt().flatMap((state, step) => (state ? [{ project: beta, state, baseline: b2, step }] : [])),
    ].map(({ project, state, baseline, step }) => ({
      id: project.uuid,
      name: project.name,
      teamId: project === alpha ? alphaTeam.uuid : '',
      teamName: project === alpha ? 'Core' : '',
      codeCoverage: { isEnabled: false },
      licenseAudit: { isEnabled: false },
      severityToActualProblems: expectedBySeverity(state, baseline, false),
      severityToBaselineProblems: expectedBySeverity(state, baseline, true),
      timestamp: INSTANTS[step],
    }));
    expect(projects).toEqual(expected);
    // A2 has E722 in a file A1 lacked: actual; A3 lost mod.py, so fewer baseline problems than A2.
    expect(projects[3]!.severityToActualProblems.total!).toBeGreaterThan(0);
    expect(projects[7]!.severityToBaselineProblems.total!).toBeLessThan(projects[3]!.severityToBaselineProblems.total!);
    // B2 is beta's baseline since the rebuild: all of its problems are baseline problems.
    const betaLatest = projects.at(-1)!;
    expect(betaLatest.severityToActualProblems.total).toBe(0);
    expect(betaLatest.severityToBaselineProblems.total).toEqual(b2.findings.length);
  });

  it('reads the range in epoch milliseconds as in ISO-8601, and a zone offset as the same instant', async () => {
    const iso = await post('/project-insights/query', acme.adminOrganizationToken, {
      includeProjectIds: [alpha.uuid],
      timeRange: RANGE,
    });
    const epoch = await post('/project-insights/query', acme.adminOrganizationToken, {
      includeProjectIds: [alpha.uuid],
      timeRange: { start: Date.parse(RANGE.start), end: Date.parse(RANGE.end) },
    });
    const offset = await post('/project-insights/query', acme.adminOrganizationToken, {
      includeProjectIds: [alpha.uuid],
      timeRange: { start: '2026-01-01T02:00:00+02:00', end: '2026-01-28' },
    });
    expect(epoch.json()).toEqual(iso.json());
    expect(offset.json()).toEqual(iso.json());
  });

  it('answers the latest state without a time range, timestamped when its analysis finished', async () => {
    const response = await post('/project-insights/query', acme.adminOrganizationToken, {
      includeTeamIds: [alphaTeam.uuid],
    });
    expect(response.statusCode).toBe(200);
    const { projects } = response.json() as { projects: ProjectEntry[] };
    expect(projects.map((project) => [project.id, project.timestamp])).toEqual([
      [alpha.uuid, '2026-01-20T12:00:00.000Z'],
    ]);
    expect(projects[0]!.severityToActualProblems).toEqual(expectedBySeverity(a3, a1, false));
  });

  it('answers inspection insights summed over the projects at each instant', async () => {
    const response = await post('/inspection-insights/query', acme.adminOrganizationToken, {
      includeProjectIds: [alpha.uuid, beta.uuid],
      timeRange: RANGE,
    });
    expect(response.statusCode).toBe(200);
    assertQodanaSchema('ApiQueryInspectionInsightsResponse', response.json());
    const { inspections } = response.json() as { inspections: InspectionEntry[] };
    const expected = INSTANTS.flatMap((timestamp, step) => {
      const sums = new Map<string, { id: string; severity: string; baseline: number; actual: number }>();
      const states = [[alphaAt()[step], a1] as const, [betaAt()[step], b2] as const];
      for (const [state, baseline] of states) {
        if (!state) continue;
        for (const [key, entry] of expectedByRule(state, baseline)) {
          const sum = sums.get(key) ?? { ...entry, baseline: 0, actual: 0 };
          sum.baseline += entry.baseline;
          sum.actual += entry.actual;
          sums.set(key, sum);
        }
      }
      return [...sums.values()].map((sum) => ({ ...sum, timestamp }));
    });
    const comparable = (entries: Omit<InspectionEntry, 'name'>[]) =>
      entries
        .map(({ id, severity, baseline, actual, timestamp }) => ({ id, severity, baseline, actual, timestamp }))
        .sort((a, b) => a.timestamp.localeCompare(b.timestamp) || a.id.localeCompare(b.id));
    expect(comparable(inspections)).toEqual(comparable(expected));
    expect(inspections.find((entry) => entry.id === 'ruff/E722')?.name).toBe('E722');
    expect(new Set(inspections.map((entry) => entry.timestamp))).toEqual(new Set(INSTANTS));
  });

  it('counts only the inspections asked for, and filters by every filter given at once', async () => {
    const response = await post('/inspection-insights/query', acme.adminOrganizationToken, {
      includeInspectionIds: ['ruff/E722'],
      includeTeamIds: [alphaTeam.uuid],
    });
    const { inspections } = response.json() as { inspections: InspectionEntry[] };
    expect(inspections.map(({ id, actual, baseline, timestamp }) => ({ id, actual, baseline, timestamp }))).toEqual([
      { id: 'ruff/E722', actual: 1, baseline: 0, timestamp: '2026-01-20T12:00:00.000Z' },
    ]);
    // Beta is in no team: a team filter and its id together match nothing.
    const none = await post('/project-insights/query', acme.adminOrganizationToken, {
      includeProjectIds: [beta.uuid],
      includeTeamIds: [alphaTeam.uuid],
    });
    expect(none.json()).toEqual({ projects: [] });
  });

  it("never shows another organization's projects or findings", async () => {
    const rivalProject = await createProject(harness.store.db, rival.owner, { provider: 'gp', name: 'rival-only' });
    await analyzedAt(rivalProject, { 'feature.py': PYTHON_FEATURE }, day('2026-01-05'));
    const byId = await post('/project-insights/query', rival.adminOrganizationToken, {
      includeProjectIds: [alpha.uuid, beta.uuid],
      timeRange: RANGE,
    });
    expect(byId.json()).toEqual({ projects: [] });
    const byTeam = await post('/inspection-insights/query', rival.adminOrganizationToken, {
      includeTeamIds: [alphaTeam.uuid],
    });
    expect(byTeam.json()).toEqual({ inspections: [] });
    const byRule = await post('/inspection-insights/query', rival.adminOrganizationToken, {
      includeInspectionIds: ['ruff/E722'],
    });
    const { inspections } = byRule.json() as { inspections: InspectionEntry[] };
    expect(inspections.map(({ id, actual, baseline }) => ({ id, actual, baseline }))).toEqual([
      { id: 'ruff/E722', actual: 0, baseline: 1 },
    ]);
  });
});

describe('codeCoverage', () => {
  it('is enabled with the whole percentage once coverage is stored with the analysis', async () => {
    const { db } = harness.store;
    const project = await createProject(db, acme.owner, { provider: 'gp', name: 'covered' });
    const analysis = await analyzedFixture(db, project, 'coverage-py', 'main');
    const summary = await storeCoverage(db, analysis, coverageFixture('coverage-py/coverage.xml'));
    const response = await post('/project-insights/query', acme.adminOrganizationToken, {
      includeProjectIds: [project.uuid],
    });
    const [entry] = (response.json() as { projects: ProjectEntry[] }).projects;
    expect(summary.lineRate).toBeGreaterThan(0);
    expect(entry!.codeCoverage).toEqual({
      percentage: Math.round(summary.lineRate! * 100),
      isEnabled: true,
    });
  }, 60_000);
});

describe('refusals, in the Qodana envelope', () => {
  const ROUTES = ['/project-insights/query', '/inspection-insights/query'] as const;
  const TITLE = { '/project-insights/query': 'Project', '/inspection-insights/query': 'Inspection' } as const;

  it.each(ROUTES)('%s: no filter is NO_FILTER_SELECTION', async (route) => {
    for (const body of [{}, { includeProjectIds: [], includeTeamIds: [] }, { timeRange: RANGE }]) {
      const response = await post(route, acme.adminOrganizationToken, body);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({
        name: 'NO_FILTER_SELECTION',
        details: 'At least one filter (includeProjectIds, includeInspectionIds, or includeTeamIds) must be provided.',
      });
    }
  });

  it.each(ROUTES)('%s: an end before its start is VALIDATION_FAILED', async (route) => {
    const response = await post(route, acme.adminOrganizationToken, {
      includeInspectionIds: ['ruff/F401'],
      timeRange: { start: RANGE.end, end: RANGE.start },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      name: 'VALIDATION_FAILED',
      details: "Invalid timeRange: 'end' must be after 'start'.",
    });
  });

  it.each([
    [
      { includeProjectIds: ['proj_123'] },
      "Invalid includeProjectIds[0]: must be a project id (a uuid), got 'proj_123'.",
    ],
    [
      { includeTeamIds: ['00000000-0000-4000-8000-000000000000', 'x'] },
      "Invalid includeTeamIds[1]: must be a team id (a uuid), got 'x'.",
    ],
    [
      { includeInspectionIds: ['a/b'], timeRange: { start: 'yesterday', end: RANGE.end } },
      'Invalid timeRange.start: must be an ISO-8601 date-time or epoch milliseconds, got "yesterday".',
    ],
    [
      { includeInspectionIds: ['a/b'], timeRange: { start: 1.5, end: RANGE.end } },
      'Invalid timeRange.start: must be an ISO-8601 date-time or epoch milliseconds, got 1.5.',
    ],
  ])('bad input %j is VALIDATION_FAILED naming the field', async (body, details) => {
    const response = await post('/project-insights/query', acme.adminOrganizationToken, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ name: 'VALIDATION_FAILED', details });
  });

  it('a field of the wrong type is VALIDATION_FAILED', async () => {
    const response = await post('/inspection-insights/query', acme.adminOrganizationToken, { includeProjectIds: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ name: 'VALIDATION_FAILED' });
    expect(response.json().details).toContain('includeProjectIds');
  });

  it.each(ROUTES)('%s: no token, an invalid token, a project token', async (route) => {
    const body = { includeInspectionIds: ['ruff/F401'] };
    expect((await post(route, undefined, body)).json()).toEqual({
      name: 'NO_CREDENTIALS_PROVIDED',
      details: 'Authentication token is missing or invalid.',
    });
    const invalid = await post(route, 'plumb_o_not-a-token', body);
    expect(invalid.statusCode).toBe(401);
    expect(invalid.json()).toEqual({ name: 'INVALID_TOKEN', details: 'The provided API token is expired or invalid.' });
    const project = await createProject(harness.store.db, acme.owner, {
      provider: 'gp',
      name: `tokened${route.length}`,
    });
    const projectToken = (await createProjectToken(harness.store.db, acme.owner, project, { name: 'ci' })).secret;
    const denied = await post(route, projectToken, body);
    expect(denied.statusCode).toBe(403);
    expect(denied.json()).toEqual({
      name: 'NO_PERMISSION',
      details: `User does not have permission to query ${TITLE[route].toLowerCase()} insights.`,
    });
  });

  it.each(ROUTES)('%s: an organization with insights switched off is FEATURE_NOT_SUPPORTED', async (route) => {
    const tenant = await createTenant(harness.store, `dark${route.length}`);
    await updateOrganizationSettings(harness.store.db, tenant.organization.id, { insightsEnabled: false });
    const response = await post(route, tenant.adminOrganizationToken, { includeInspectionIds: ['ruff/F401'] });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({
      name: 'FEATURE_NOT_SUPPORTED',
      details: `${TITLE[route]} insights are not enabled for this organization.`,
    });
  });
});

it("sent only responses valid against JetBrains' document, errors included", () => {
  expect(qodanaViolations).toEqual([]);
});
