// Plumb's extensions for a project's pages (sdl-plumb-project.ts) over HTTP, with analyses made by the real worker on
// a real git repository: branches, the latest analysis with its gate, the trend, the history, analyze now, the
// development reports and the pull requests' verdicts, scoped to the caller's organization.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveGateConfig } from '../../domain/gates/index.js';
import { createProject, type Project } from '../../domain/projects/index.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import type { TestRepository } from '../../../test/support/git-repos.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openPipelineWorld, type PipelineWorld } from './pipeline-world.case.js';

const MORE_FINDINGS = 'import os\nimport sys\n\ndef rate(x):\n    if x == None:\n        return 0\n    return x\n';

describe(`the project page's GraphQL extensions on ${TEST_DRIVER}`, () => {
  let world: PipelineWorld;
  let repo: TestRepository;
  let web: Project;
  let viewerToken: string;
  const runs: number[] = [];

  const gql = (query: string, token?: string) => world.gql(query, token);
  const home = (fields: string, token?: string, id?: number) =>
    gql(`{ plumbProjectHome(organization: "acme", id: ${id ?? web.id}) { ${fields} } }`, token);
  const analyzeNow = (branch: string, token?: string) =>
    gql(
      `mutation { plumbAnalyzeNow(organization: "acme", projectId: ${web.id}, branch: ${JSON.stringify(branch)}) {
        id state kind branch createdAt finishedAt durationSeconds gate } }`,
      token,
    );

  beforeAll(async () => {
    world = await openPipelineWorld();
    const db = world.testApp.store.db;
    repo = world.repository('web');
    repo.commit('Start', { 'app.py': PYTHON_WITH_FINDINGS });
    web = await createProject(db, world.acme.owner, {
      provider: 'g',
      owner: 'acme',
      name: 'web',
      gitUrl: `file://${repo.dir}`,
      defaultBranch: 'main',
      trackedBranches: ['develop'],
    });
    viewerToken = await world.acme.memberUserToken('vera@acme.example', 'VIEWER');
    await saveGateConfig(db, world.acme.owner, {
      enabled: true,
      appliesToNewCodeOnly: false,
      policy: { new_critical_max: 0, new_high_max: 0, rating_min: 'A' },
    });
    for (const step of ['first', 'second']) {
      if (step === 'second') repo.commit('Tax', { 'tax.py': MORE_FINDINGS });
      const queued = await analyzeNow('main');
      expect(queued.errors).toBeUndefined();
      expect(queued.data.plumbAnalyzeNow).toMatchObject({ state: 'new', kind: 'branch', branch: 'main', gate: null });
      runs.push(queued.data.plumbAnalyzeNow.id);
      expect((await world.settle(queued.data.plumbAnalyzeNow.id)).state).toBe('completed');
    }
    const review = await gql(`mutation { createCodeReview(projectId: ${web.id}, pullRequest: 3,
      sourceBranch: "main", targetBranch: "main") { id } }`);
    expect(review.errors).toBeUndefined();
    await world.settle(review.data.createCodeReview.id);
  }, 600_000);
  afterAll(() => world?.close());

  it('lists the default branch first, then the tracked ones and the analyzed ones', async () => {
    const body = await home('id branches');
    expect(body).toEqual({ data: { plumbProjectHome: { id: web.id, branches: ['main', 'develop'] } } });
  });

  it("answers the branch's latest analysis with its figures, size by language and the gate's conditions", async () => {
    const body = await home(`analysis(branch: "main") {
      figures { analysisId branch revision gate debtMinutes coverage duplication openIssues qualityScore
      ratings { quality maintainability reliability security } } sizeByLanguage { language lines }
      conditions { rule threshold actual severity waived } }
      none: analysis(branch: "develop") { figures { analysisId } }`);
    expect(body.errors).toBeUndefined();
    const { analysis, none } = body.data.plumbProjectHome;
    expect(none).toBeNull();
    expect(analysis.figures).toMatchObject({ analysisId: runs[1], branch: 'main', coverage: null, gate: 'failed' });
    expect(analysis.figures.openIssues).toBeGreaterThan(0);
    expect(analysis.sizeByLanguage).toEqual([{ language: 'Python', lines: expect.any(Number) }]);
    expect(analysis.sizeByLanguage[0].lines).toBeGreaterThan(5);
    expect(analysis.conditions.length).toBeGreaterThan(0);
    expect(analysis.conditions[0]).toMatchObject({ rule: expect.any(String), waived: false });
  });

  it('answers one trend point per completed analysis, oldest first, and the history newest first', async () => {
    const body = await home(`trend(branch: "main") { analysisId analyzedAt debtMinutes qualityScore duplication
      issuesBySeverity { critical high moderate info } }
      history(branch: "main") { id state branch revision durationSeconds gate }
      latest: history(limit: 1) { id }`);
    expect(body.errors).toBeUndefined();
    const { trend, history, latest } = body.data.plumbProjectHome;
    expect(trend.map((point: { analysisId: number }) => point.analysisId)).toEqual(runs);
    const total = (point: { issuesBySeverity: Record<string, number> }) =>
      Object.values(point.issuesBySeverity).reduce((sum, count) => sum + count, 0);
    expect(total(trend[1])).toBeGreaterThan(total(trend[0]));
    expect(history.map((run: { id: number }) => run.id)).toEqual([...runs].reverse());
    expect(history[0]).toMatchObject({ state: 'completed', branch: 'main', gate: 'failed' });
    expect(history[0].durationSeconds).toBeGreaterThanOrEqual(0);
    expect(latest).toEqual([{ id: runs[1] }]);
  });

  it("lists the pull requests' analyses apart, with the gate's verdict on each", async () => {
    const body = await home('pullRequests { id kind pullRequest baseBranch state }');
    const [review] = body.data.plumbProjectHome.pullRequests;
    expect(review).toMatchObject({ kind: 'pull_request', pullRequest: 3, baseBranch: 'main', state: 'completed' });
    const gate = await home(`gate(analysisId: ${review.id}) { analysisId status conditions { rule waived } }`);
    expect(gate.data.plumbProjectHome.gate).toMatchObject({ analysisId: review.id, status: expect.any(String) });
    const elsewhere = await home('gate(analysisId: 999999) { status }');
    expect(elsewhere.errors![0].extensions.code).toBe('NOT_FOUND');
  });

  it('makes a development report on demand, lists it and opens it', async () => {
    const made = await gql(`mutation { plumbMakeReport(organization: "acme", projectId: ${web.id}) {
      date branch commits qualityScore topContributors { name commits } } }`);
    expect(made.errors).toBeUndefined();
    const report = made.data.plumbMakeReport;
    expect(report).toMatchObject({ branch: 'main', commits: 2 });
    const listed = await home(`reports { date } report(date: "${report.date}") { date commits }`);
    expect(listed.data.plumbProjectHome).toEqual({
      reports: [{ date: report.date }],
      report: { date: report.date, commits: 2 },
    });
    const missing = await home('report(date: "2001-01-01") { date }');
    expect(missing.errors![0].extensions.code).toBe('NOT_FOUND');
    const badDay = await gql(`mutation { plumbMakeReport(organization: "acme", projectId: ${web.id},
      date: "tomorrow") { date } }`);
    expect(badDay.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(badDay.errors![0].message).toContain('date');
  });

  it('refuses a viewer analyze now and a report, and names a bad branch', async () => {
    const asViewer = await analyzeNow('main', viewerToken);
    expect(asViewer.errors![0].extensions.code).toBe('FORBIDDEN');
    const report = await gql(
      `mutation { plumbMakeReport(organization: "acme", projectId: ${web.id}) { date } }`,
      viewerToken,
    );
    expect(report.errors![0].extensions.code).toBe('FORBIDDEN');
    expect((await home('branches', viewerToken)).data.plumbProjectHome.branches).toEqual(['main', 'develop']);
    const badBranch = await analyzeNow('-rf');
    expect(badBranch.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(badBranch.errors![0].message).toContain('branch');
  });

  it("never answers another organization's project", async () => {
    const globex = world.globex.ownerUserToken;
    const otherOrganization = await home('branches', globex);
    expect(otherOrganization.errors![0].extensions.code).toBe('NOT_FOUND');
    expect(otherOrganization.data).toBeNull();
    const globexProject = await createProject(world.testApp.store.db, world.globex.owner, {
      provider: 'g',
      owner: 'globex',
      name: 'secret',
      gitUrl: `file://${repo.dir}`,
      defaultBranch: 'main',
    });
    const throughAcme = await home('branches', undefined, globexProject.id);
    expect(throughAcme.errors![0].extensions.code).toBe('NOT_FOUND');
    const analyze = await gql(`mutation { plumbAnalyzeNow(organization: "acme", projectId: ${globexProject.id},
      branch: "main") { id } }`);
    expect(analyze.errors![0].extensions.code).toBe('NOT_FOUND');
    const globexAnalyze = await gql(
      `mutation { plumbAnalyzeNow(organization: "globex", projectId: ${web.id}, branch: "main") { id } }`,
      globex,
    );
    expect(globexAnalyze.errors![0].extensions.code).toBe('NOT_FOUND');
  });
});
