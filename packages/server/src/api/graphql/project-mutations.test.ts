// Codiga's project mutations over HTTP against the real app and the real worker: createProject as the dashboard adds
// one, scheduleAnalysis through the pipeline, the description and branches, deleteProject; each refused to a VIEWER
// (FORBIDDEN), to another organization (NOT_FOUND) and for a bad argument (BAD_USER_INPUT naming it).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../store/index.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openPipelineWorld, type PipelineWorld } from './pipeline-world.case.js';

const PROJECT_FIELDS = `id name description public repository { kind url defaultBranch branches }`;

describe(`Codiga's project mutations on ${TEST_DRIVER}`, () => {
  let world: PipelineWorld;
  let url: string;
  let viewer: string;
  let editor: string;
  let stranger: string;
  let projectId: number;

  const codeOf = (body: { errors?: { extensions: { code: string } }[] }) => body.errors?.[0]?.extensions.code;
  const readProject = async (id: number) =>
    (await world.gql(`{ project(id: ${id}) { ${PROJECT_FIELDS} analysesCount } }`)).data.project;

  beforeAll(async () => {
    world = await openPipelineWorld();
    const repo = world.repository('web');
    repo.commit('Findings', { 'app/main.py': PYTHON_WITH_FINDINGS });
    url = `file://${repo.dir}`;
    viewer = await world.acme.memberUserToken('viewer@acme.example', 'VIEWER');
    editor = await world.acme.memberUserToken('editor@acme.example', 'EDITOR');
    stranger = world.globex.ownerUserToken;
  }, 600_000);
  afterAll(() => world?.close());

  const create = (args: string, token?: string) =>
    world.gql(
      `mutation { createProject(groupId: ${world.acme.organization.id}, kind: Git, ${args}) { ${PROJECT_FIELDS} } }`,
      token,
    );

  it('creates a project in a group, as the dashboard adds one, readable with its description', async () => {
    const created = await create(`name: "web", url: "${url}", description: " The web app ", isPublic: true`);
    expect(created.errors).toBeUndefined();
    expect(created.data.createProject).toMatchObject({
      name: 'web',
      description: 'The web app',
      public: true,
      repository: { kind: 'Git', url, defaultBranch: 'main', branches: ['main'] },
    });
    projectId = created.data.createProject.id;
    expect(await readProject(projectId)).toMatchObject({ name: 'web', description: 'The web app' });
    const again = await create(`name: "web", url: "${url}", description: ""`);
    expect(codeOf(again)).toBe('CONFLICT');
  });

  it('refuses a bad createProject naming the argument, a VIEWER, and a group of another organization', async () => {
    const svn = await world.gql(
      `mutation { createProject(groupId: ${world.acme.organization.id}, kind: Subversion, name: "x", url: "${url}",
        description: "") { id } }`,
    );
    expect(svn.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } })]);
    expect(svn.errors![0].message).toMatch(/^kind: /);
    const badUrl = await create(`name: "y", url: "ftp://example.com/y.git", description: ""`);
    expect(codeOf(badUrl)).toBe('BAD_USER_INPUT');
    expect(badUrl.errors![0].message).toMatch(/^url: /);
    const badName = await create(`name: "../y", url: "${url}", description: ""`);
    expect(codeOf(badName)).toBe('BAD_USER_INPUT');
    expect(badName.errors![0].message).toMatch(/^name: /);
    expect(codeOf(await create(`name: "z", url: "${url}", description: ""`, viewer))).toBe('FORBIDDEN');
    const foreign = await create(`name: "z", url: "${url}", description: ""`, stranger);
    expect(foreign).toEqual({ data: { createProject: null }, errors: [expect.anything()] });
    expect(codeOf(foreign)).toBe('NOT_FOUND');
  });

  it('schedules an analysis through the pipeline, by id or by name, for an EDITOR too', async () => {
    const scheduled = await world.gql(
      `mutation { scheduleAnalysis(id: ${projectId}, branch: "main") { id status repoBranch } }`,
      editor,
    );
    expect(scheduled.errors).toBeUndefined();
    expect(scheduled.data.scheduleAnalysis).toMatchObject({ status: 'Scheduled', repoBranch: 'main' });
    const done = await world.settle(scheduled.data.scheduleAnalysis.id);
    expect(done.state).toBe('completed');
    const analysis = await world.gql(`{ analysis(id: ${done.id}) { status violationsCount } }`);
    expect(analysis.data.analysis.status).toBe('Done');
    expect(analysis.data.analysis.violationsCount).toBeGreaterThan(0);
    const byName = await world.gql(`mutation { scheduleAnalysis(name: "web") { id repoBranch } }`);
    expect(byName.data.scheduleAnalysis.repoBranch).toBe('main');
    await world.settle(byName.data.scheduleAnalysis.id);
  });

  it('refuses scheduleAnalysis for a bad branch, no project, a VIEWER and another organization', async () => {
    const schedule = (args: string, token?: string) =>
      world.gql(`mutation { scheduleAnalysis(${args}) { id } }`, token);
    const badBranch = await schedule(`id: ${projectId}, branch: "-x"`);
    expect(codeOf(badBranch)).toBe('BAD_USER_INPUT');
    expect(badBranch.errors![0].message).toMatch(/^branch: /);
    const none = await schedule(`branch: "main"`);
    expect(none.errors![0].message).toMatch(/^id: /);
    expect(codeOf(await schedule(`id: ${projectId}`, viewer))).toBe('FORBIDDEN');
    expect(codeOf(await schedule(`id: ${projectId}`, stranger))).toBe('NOT_FOUND');
    expect(codeOf(await schedule(`name: "web"`, stranger))).toBe('NOT_FOUND');
  });

  it('changes the description and the branches, refusing bad names, a VIEWER and another organization', async () => {
    const mutate = (field: string, args: string, token?: string) => world.gql(`mutation { ${field}(${args}) }`, token);
    expect(await mutate('updateProjectDescription', `projectId: ${projectId}, description: "Shop"`)).toEqual({
      data: { updateProjectDescription: 'ok' },
    });
    expect((await readProject(projectId)).description).toBe('Shop');
    const long = await mutate(
      'updateProjectDescription',
      `projectId: ${projectId}, description: "${'x'.repeat(2001)}"`,
    );
    expect(long.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(long.errors![0].message).toMatch(/^description: /);

    expect((await mutate('addBranchToProject', `id: ${projectId}, branch: "feature"`)).errors).toBeUndefined();
    expect((await readProject(projectId)).repository.branches).toEqual(['main', 'feature']);
    expect((await mutate('changeDefaultBranch', `id: ${projectId}, branch: "feature"`)).errors).toBeUndefined();
    expect((await readProject(projectId)).repository).toMatchObject({
      defaultBranch: 'feature',
      branches: ['feature', 'main'],
    });
    expect(codeOf(await mutate('removeBranchFromProject', `id: ${projectId}, branch: "feature"`))).toBe('CONFLICT');
    expect((await mutate('changeDefaultBranch', `id: ${projectId}, branch: "main"`)).errors).toBeUndefined();
    expect((await mutate('removeBranchFromProject', `id: ${projectId}, branch: "feature"`)).errors).toBeUndefined();
    expect((await readProject(projectId)).repository.branches).toEqual(['main']);

    const refusals: [string, string, string | undefined, string][] = [
      ['addBranchToProject', `id: ${projectId}, branch: "a..b"`, undefined, 'BAD_USER_INPUT'],
      ['removeBranchFromProject', `id: ${projectId}, branch: "nope"`, undefined, 'BAD_USER_INPUT'],
      ['changeDefaultBranch', `id: ${projectId}`, undefined, 'BAD_USER_INPUT'],
      ['addBranchToProject', `id: ${projectId}, branch: "x"`, viewer, 'FORBIDDEN'],
      ['removeBranchFromProject', `id: ${projectId}, branch: "main"`, viewer, 'FORBIDDEN'],
      ['changeDefaultBranch', `id: ${projectId}, branch: "x"`, viewer, 'FORBIDDEN'],
      ['updateProjectDescription', `projectId: ${projectId}, description: "x"`, viewer, 'FORBIDDEN'],
      ['addBranchToProject', `id: ${projectId}, branch: "x"`, stranger, 'NOT_FOUND'],
      ['removeBranchFromProject', `id: ${projectId}, branch: "main"`, stranger, 'NOT_FOUND'],
      ['changeDefaultBranch', `id: ${projectId}, branch: "x"`, stranger, 'NOT_FOUND'],
      ['updateProjectDescription', `projectId: ${projectId}, description: "x"`, stranger, 'NOT_FOUND'],
    ];
    for (const [field, args, token, code] of refusals) {
      const body = await mutate(field, args, token);
      expect(codeOf(body), `${field}(${args})`).toBe(code);
      if (code === 'BAD_USER_INPUT') expect(body.errors![0].message).toMatch(/^branch: /);
    }
    expect(await readProject(projectId)).toMatchObject({ description: 'Shop', repository: { branches: ['main'] } });
  });

  it('deletes a project with its analyses, issues and mirror, for an OWNER or ADMIN only', async () => {
    const db = world.testApp.store.db;
    const rows = async (table: typeof schema.analyses | typeof schema.issues) =>
      (await db.select({ id: table.id }).from(table).where(eq(table.projectId, projectId))).length;
    expect(await rows(schema.analyses)).toBeGreaterThan(0);
    expect(await rows(schema.issues)).toBeGreaterThan(0);
    const [project] = await db
      .select({ uuid: schema.projects.uuid })
      .from(schema.projects)
      .where(eq(schema.projects.id, projectId));
    const mirror = path.join(world.dataDir, 'mirrors', `${project!.uuid}.git`);
    expect(existsSync(mirror)).toBe(true);
    const remove = (token?: string) => world.gql(`mutation { deleteProject(id: ${projectId}) }`, token);
    expect(codeOf(await remove(editor))).toBe('FORBIDDEN');
    expect(codeOf(await remove(stranger))).toBe('NOT_FOUND');
    expect(await readProject(projectId)).not.toBeNull();
    expect(await remove()).toEqual({ data: { deleteProject: 'ok' } });
    expect(codeOf(await world.gql(`{ project(id: ${projectId}) { id } }`))).toBe('NOT_FOUND');
    expect(await rows(schema.analyses)).toBe(0);
    expect(await rows(schema.issues)).toBe(0);
    expect(existsSync(mirror)).toBe(false);
    expect(codeOf(await remove())).toBe('NOT_FOUND');
  });
});
