import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findIndex, listIndexFindings, type Analysis } from '../../domain/analyses/index.js';
import { createProject, type Project } from '../../domain/projects/index.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';
import { clientDocument } from '../../../test/support/codiga-clients.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';

let testApp: TestApp;
let acme: Tenant;
let project: Project;
let foreign: Project;
let viewerToken: string;
let strangerToken: string;

beforeAll(async () => {
  testApp = await openTestApp();
  acme = await createTenant(testApp.store, 'acme');
  const globex = await createTenant(testApp.store, 'globex');
  project = await createProject(testApp.store.db, acme.owner, { provider: 'g', owner: 'acme', name: 'api' });
  foreign = await createProject(testApp.store.db, globex.owner, { provider: 'g', owner: 'globex', name: 'site' });
  viewerToken = await acme.memberUserToken('viewer@acme.example', 'VIEWER');
  strangerToken = globex.ownerUserToken;
});
afterAll(() => testApp.close());

const post = async (query: string, variables: Record<string, unknown>, token = acme.ownerUserToken) => {
  const response = await testApp.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'x-api-token': token },
    payload: { query, variables },
  });
  return response.json();
};

// The JetBrains plugin's documents, verbatim (test/fixtures/codiga-clients/jetbrains, each naming its source).
const ADD = clientDocument('jetbrains/IgnoreViolation.graphql');
const REMOVE = clientDocument('jetbrains/RemoveViolationToIgnore.graphql');
const GET_PROJECTS = clientDocument('jetbrains/GetProjects.graphql');

let revision = 0;
const analyze = (files: Record<string, string>) =>
  storeEngineAnalysis(testApp.store.db, project, files, {
    kind: 'branch',
    branch: 'main',
    revision: (++revision).toString(16).padStart(40, '0'),
  });

/** The analysis's findings as `file:rule:status`. */
async function findingsOf(analysis: Analysis) {
  const index = await findIndex(testApp.store.db, project, analysis.revision!);
  const page = await listIndexFindings(testApp.store.db, index, {}, { limit: 100, offset: 0 });
  return page.items.map((finding) => `${finding.filename}:${finding.rule}:${finding.status}`).sort();
}

describe('addViolationToIgnore and removeViolationToIgnore', () => {
  it('ignore a rule in one file across analyses of the real pipeline, then report it again', async () => {
    const files = { 'a.py': PYTHON_WITH_FINDINGS, 'b.py': PYTHON_WITH_FINDINGS };
    const first = await analyze(files);
    expect(await findingsOf(first)).toEqual(expect.arrayContaining(['a.py:F401:open', 'b.py:F401:open']));

    const ignore = { projectId: project.id, rule: 'F401', tool: 'ruff', language: 'Python', filename: 'a.py' };
    const added = await post(ADD, { ...ignore, description: 'kept for re-export' });
    expect(added).toEqual({ data: { addViolationToIgnore: { rule: 'F401' } } });
    expect(await findingsOf(first)).toEqual(expect.arrayContaining(['a.py:F401:ignored', 'b.py:F401:open']));

    const second = await analyze(files);
    expect(await findingsOf(second)).toEqual(expect.arrayContaining(['a.py:F401:ignored', 'b.py:F401:open']));
    // Codiga's own violations list of the later analysis no longer reports it, but lists it among the ignored.
    const reported = async (status: string) => {
      const answer = await post(
        `query($p: Long!, $s: [AnalysisResultStatus!]) { project(id: $p) { lastAnalysis {
          violations(howmany: 100, skip: 0, rule: "F401", status: $s) { filename } } } }`,
        { p: project.id, s: status === 'default' ? null : [status] },
      );
      return answer.data.project.lastAnalysis.violations.map((v: { filename: string }) => v.filename);
    };
    expect(await reported('default')).toEqual(['b.py']);
    expect(await reported('Ignore')).toEqual(['a.py']);

    const full = await post(
      `mutation($p: Long!) { addViolationToIgnore(projectId: $p, rule: "F401", tool: "ruff", language: Python,
        filename: "a.py") { rule tool language filename prefix description } }`,
      { p: project.id },
    );
    expect(full.data.addViolationToIgnore).toEqual({
      rule: 'F401',
      tool: 'ruff',
      language: 'Python',
      filename: 'a.py',
      prefix: null,
      description: 'kept for re-export',
    });

    // The plugin reads each project's ignores with its projects; another organization's project is not listed.
    const listed = await post(GET_PROJECTS, {});
    expect(listed.errors).toBeUndefined();
    const projects = listed.data.projects as { id: number; violationsToIgnore: unknown[] }[];
    expect(projects.map((p) => p.id)).toEqual([project.id]);
    expect(projects[0]!.violationsToIgnore).toEqual([
      {
        filename: 'a.py',
        description: 'kept for re-export',
        prefix: null,
        rule: 'F401',
        tool: 'ruff',
        language: 'Python',
      },
    ]);
    const strangers = await post(GET_PROJECTS, {}, strangerToken);
    expect(strangers.data.projects.map((p: { id: number }) => p.id)).toEqual([foreign.id]);
    expect(strangers.data.projects[0].violationsToIgnore).toEqual([]);

    expect(await post(REMOVE, ignore)).toEqual({ data: { removeViolationToIgnore: 'ok' } });
    expect((await post(GET_PROJECTS, {})).data.projects[0].violationsToIgnore).toEqual([]);
    expect(await findingsOf(second)).toEqual(expect.arrayContaining(['a.py:F401:open']));
    const third = await analyze(files);
    expect(await findingsOf(third)).not.toContain('a.py:F401:ignored');
  });

  it('refuse a member who does not administer the project, with FORBIDDEN, and change nothing', async () => {
    const ignore = { projectId: project.id, rule: 'E711', tool: 'ruff', language: 'Python' };
    const refused = await post(ADD, ignore, viewerToken);
    expect(refused.data).toEqual({ addViolationToIgnore: null });
    expect(refused.errors[0]).toMatchObject({
      message: expect.stringContaining('OWNER, ADMIN'),
      path: ['addViolationToIgnore'],
      extensions: { code: 'FORBIDDEN' },
    });
    const remove = await post(REMOVE, ignore);
    expect(remove.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it("answer another organization's project as not found, to its owner's token too", async () => {
    const ignore = { projectId: foreign.id, rule: 'E711', tool: 'ruff', language: 'Python' };
    for (const document of [ADD, REMOVE]) {
      const answer = await post(document, ignore);
      expect(answer.errors[0]).toMatchObject({ message: 'project not found', extensions: { code: 'NOT_FOUND' } });
    }
    const ownProject = { ...ignore, projectId: project.id };
    expect((await post(ADD, ownProject, strangerToken)).errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('name the field of bad input', async () => {
    const answer = await post(ADD, { projectId: project.id, rule: ' ', tool: 'ruff', language: 'Python' });
    expect(answer.errors[0]).toMatchObject({
      message: expect.stringContaining('rule: expected a non-empty string'),
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
