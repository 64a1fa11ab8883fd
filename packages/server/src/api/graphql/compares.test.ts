// Codiga's AnalysisCompare over real git repositories analyzed by the real worker: createCompareAnalysis queues the
// analyses of revisions not analyzed yet (reusing those that are), of one repository or two, and analysisCompare
// answers the comparison with both analyses, its status following theirs; a password only for an HTTPS fetch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, type Project } from '../../domain/projects/index.js';
import { git } from '../../../test/support/git-repos.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openPipelineWorld, type PipelineWorld } from './pipeline-world.case.js';

const COMPARE_FIELDS = `id status completion_time sourceKind sourceUrl sourceUsername sourcePassword sourceBranch
  sourceRevision targetKind targetUrl targetUsername targetPassword targetBranch targetRevision
  sourceAnalysis { id status revision violationsCount } targetAnalysis { id status revision violationsCount }`;

describe(`Codiga's analysis comparisons on ${TEST_DRIVER}`, () => {
  let world: PipelineWorld;
  let web: Project;
  let fork: Project;
  let first: string;
  let second: string;
  let forked: string;

  const create = (args: string, token?: string) =>
    world.gql(`mutation { createCompareAnalysis(projectId: ${web.id}, ${args}) { ${COMPARE_FIELDS} } }`, token);
  const read = (id: number, token?: string) => world.gql(`{ analysisCompare(id: ${id}) { ${COMPARE_FIELDS} } }`, token);
  const settled = async (id: number) => {
    const compare = (await read(id)).data.analysisCompare;
    await world.settle(compare.sourceAnalysis.id);
    await world.settle(compare.targetAnalysis.id);
    return (await read(id)).data.analysisCompare;
  };
  const analysisCount = async () => (await world.analysesOf(web)).length + (await world.analysesOf(fork)).length;

  beforeAll(async () => {
    world = await openPipelineWorld();
    const repo = world.repository('web');
    first = repo.commit('Start', { 'app/main.py': 'def f(x):\n    return x\n' });
    second = repo.commit('Findings', { 'app/main.py': PYTHON_WITH_FINDINGS });
    const other = world.repository('fork');
    git(other.dir, 'pull', '--quiet', repo.dir, 'main');
    forked = other.commit('Fork', { 'app/extra.py': 'import sys\n' });
    const db = world.testApp.store.db;
    const project = (name: string, dir: string) =>
      createProject(db, world.acme.owner, { provider: 'gp', name, gitUrl: `file://${dir}`, defaultBranch: 'main' });
    web = await project('web', repo.dir);
    fork = await project('fork', other.dir);
  }, 600_000);
  afterAll(() => world?.close());

  it('analyzes two revisions of one repository, answering the comparison while they run and once done', async () => {
    const created = await create(
      `sourceRevision: "${first}", targetUrl: "${webUrl()}", targetBranch: "main", targetKind: Git`,
    );
    expect(created.errors).toBeUndefined();
    const queued = created.data.createCompareAnalysis;
    const running = ['Scheduled', 'Started', 'InProgress'];
    expect(running).toContain(queued.status);
    expect(running).toContain(queued.sourceAnalysis.status);
    expect(running).toContain(queued.targetAnalysis.status);
    expect(queued).toMatchObject({
      completion_time: 0,
      sourceKind: 'Git',
      sourceUrl: webUrl(),
      sourcePassword: null,
      sourceRevision: first,
      targetUrl: webUrl(),
      targetBranch: 'main',
      targetPassword: null,
    });
    const done = await settled(queued.id);
    expect(done).toMatchObject({
      id: queued.id,
      status: 'Done',
      sourceRevision: first,
      targetRevision: second,
      sourceAnalysis: { status: 'Done', revision: first, violationsCount: 0 },
      targetAnalysis: { status: 'Done', revision: second },
    });
    expect(done.targetAnalysis.violationsCount).toBeGreaterThan(0);
    expect(done.completion_time).toBeGreaterThan(0);
  });

  it('reuses the analyses of revisions analyzed already, abbreviated or not', async () => {
    const before = await analysisCount();
    const created = await create(
      `sourceRevision: "${first.slice(0, 12)}", targetUrl: "${webUrl()}.git", targetRevision: "${second}",
      targetKind: Git`,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data.createCompareAnalysis).toMatchObject({
      status: 'Done',
      sourceAnalysis: { revision: first },
      targetAnalysis: { revision: second },
    });
    expect(await analysisCount()).toBe(before);
  });

  it('compares revisions of two repositories, showing the user name given and never a password', async () => {
    const created = await create(
      `sourceBranch: "main", targetUrl: "file://${forkDir()}", targetBranch: "main", targetKind: Git,
      targetUsername: "bot"`,
    );
    expect(created.errors).toBeUndefined();
    const done = await settled(created.data.createCompareAnalysis.id);
    expect(done).toMatchObject({
      status: 'Done',
      sourceBranch: 'main',
      sourceRevision: second,
      targetUrl: `file://${forkDir()}`,
      targetUsername: 'bot',
      targetPassword: null,
      targetRevision: forked,
    });
  });

  it('ends a comparison of a revision that does not exist in Error, naming it in a NOT_FOUND error', async () => {
    const missing = 'f'.repeat(40);
    const created = await create(`sourceRevision: "${missing}", targetUrl: "${webUrl()}", targetKind: Git`);
    expect(created.errors).toBeUndefined();
    const queued = created.data.createCompareAnalysis;
    await world.settle(queued.sourceAnalysis.id);
    await world.settle(queued.targetAnalysis.id);
    const body = await read(queued.id);
    expect(body.data.analysisCompare).toMatchObject({
      status: 'Error',
      completion_time: 0,
      sourceAnalysis: null,
      targetAnalysis: { status: 'Done' },
    });
    expect(body.errors).toEqual([
      expect.objectContaining({
        message: `the source of the comparison cannot be analyzed: revision "${missing}" not found in the repository`,
        path: ['analysisCompare', 'sourceAnalysis'],
        extensions: { code: 'NOT_FOUND' },
      }),
    ]);
  });

  it('refuses bad input, a password for a file URL, and what the caller cannot reach, queuing nothing', async () => {
    const before = await analysisCount();
    const password = 'hunter2-do-not-echo';
    const cases: [string, string, string][] = [
      [`targetUrl: "${webUrl()}", targetKind: Git, targetPassword: "${password}"`, 'BAD_USER_INPUT', 'targetPassword'],
      [`targetUrl: "https://example.com/nobody.git", targetKind: Git`, 'BAD_USER_INPUT', 'targetUrl'],
      [`sourceRevision: "xyz", targetUrl: "${webUrl()}", targetKind: Git`, 'BAD_USER_INPUT', 'sourceRevision'],
      [`targetBranch: "-x", targetUrl: "${webUrl()}", targetKind: Git`, 'BAD_USER_INPUT', 'targetBranch'],
    ];
    for (const [args, code, words] of cases) {
      const body = await create(args);
      expect(body.data, args).toEqual({ createCompareAnalysis: null });
      expect(body.errors, args).toEqual([expect.objectContaining({ extensions: { code } })]);
      expect(body.errors?.[0].message, args).toContain(words);
      expect(JSON.stringify(body)).not.toContain(password);
    }
    const foreign = await create(`targetUrl: "${webUrl()}", targetKind: Git`, world.globex.ownerUserToken);
    expect(foreign).toMatchObject({
      data: { createCompareAnalysis: null },
      errors: [{ extensions: { code: 'NOT_FOUND' } }],
    });
    expect(await analysisCount()).toBe(before);
  });

  it('answers an unknown comparison, or one of another organization, as null with NOT_FOUND', async () => {
    const mine = (await create(`sourceRevision: "${first}", targetUrl: "${webUrl()}", targetKind: Git`)).data
      .createCompareAnalysis.id;
    for (const [id, token] of [
      [999_999, undefined],
      [mine, world.globex.ownerUserToken],
    ] as const) {
      const body = await read(id, token);
      expect(body).toEqual({
        data: { analysisCompare: null },
        errors: [expect.objectContaining({ path: ['analysisCompare'], extensions: { code: 'NOT_FOUND' } })],
      });
    }
  });

  const webUrl = () => web.gitUrl!;
  const forkDir = () => fork.gitUrl!.slice('file://'.length);
});
