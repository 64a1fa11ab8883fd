// Code reviews and analysis diffs over a real git repository with a branch, analyzed by the real worker: a pull
// request asked for with createCodeReview becomes a CodeReview whose modifications are the git diff against its base
// and whose annotations are what it added on the lines it changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Analysis } from '../../domain/analyses/index.js';
import { createProject, type Project } from '../../domain/projects/index.js';
import { git } from '../../../test/support/git-repos.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import type { Tenant } from '../../../test/support/tenant-fixture.js';
import type { TestApp } from '../../../test/support/test-app.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openPipelineWorld, type PipelineWorld } from './pipeline-world.case.js';

const ADD = 'export function add(a, b) {\n  return a + b;\n}\n';
/** Complex (over 5) and long (over 12 lines), with a debugger statement on line 14 of its own. */
const ROUTE = [
  'export function route(a, b, c, d) {',
  ...Array.from({ length: 10 }, (_, i) => `  if (a === ${i} && (b > ${i} || c < ${i})) { d += ${i}; }`),
  '  debugger;',
  '  return d;',
  '}',
  '',
].join('\n');
const BLOCK = Array.from({ length: 10 }, (_, i) => `  total = total + values[${i}] * weights[${i}] - offsets[${i}];`);
const duplicated = (name: string) =>
  [
    `export function ${name}(values, weights, offsets) {`,
    '  let total = 0;',
    ...BLOCK,
    '  return total;',
    '}',
    '',
  ].join('\n');
const MAIN = {
  '.plumb.yml': 'thresholds:\n  complexity: 5\n  length: 12\n',
  'app/old.py': PYTHON_WITH_FINDINGS,
  'src/lib/sum.js': duplicated('sum'),
  'src/keep.js': 'export const keep = 1;\n',
  'src/util.js': ADD,
};
const UTIL_V2 = `${ADD}\n${ROUTE}`;
const ROUTE_LINE = 5;
const lineCount = (text: string) => text.split('\n').length - 1;

describe(`Codiga's code reviews and diffs on ${TEST_DRIVER}`, () => {
  let world: PipelineWorld;
  let testApp: TestApp;
  let acme: Tenant;
  let globex: Tenant;
  let web: Project;
  let base: Analysis;
  let review: Analysis;

  const gql = (query: string, token?: string) => world.gql(query, token);
  const settle = (id: number) => world.settle(id);
  const analysesOf = () => world.analysesOf(web);

  beforeAll(async () => {
    world = await openPipelineWorld();
    ({ testApp, acme, globex } = world);
    const repo = world.repository('web');
    repo.commit('Start', MAIN);
    git(repo.dir, 'checkout', '--quiet', '-b', 'feature');
    git(repo.dir, 'rm', '--quiet', 'src/keep.js');
    repo.commit('Route, and total', { 'src/util.js': UTIL_V2, 'src/lib/total.js': duplicated('total') });
    web = await createProject(testApp.store.db, acme.owner, {
      provider: 'g',
      owner: 'acme',
      name: 'web',
      gitUrl: `file://${repo.dir}`,
      defaultBranch: 'main',
    });
    const created = await gql(`mutation { createCodeReview(projectId: ${web.id}, pullRequest: 7,
      sourceBranch: "feature", targetBranch: "main") { id status sourceBranch targetBranch } }`);
    expect(created.errors).toBeUndefined();
    const queued = await analysesOf();
    // main had no analysis: the review's base is analyzed first.
    expect(queued.map((analysis) => [analysis.kind, analysis.branch])).toEqual([
      ['branch', 'main'],
      ['pull_request', 'feature'],
    ]);
    expect(created.data.createCodeReview).toEqual({
      id: queued[1]!.id,
      status: 'Scheduled',
      sourceBranch: 'feature',
      targetBranch: 'main',
    });
    base = await settle(queued[0]!.id);
    review = await settle(queued[1]!.id);
    expect([base.state, review.state]).toEqual(['completed', 'completed']);
  }, 600_000);
  afterAll(() => world?.close());

  const REVIEW_FIELDS = `id scmKind status submitter sourceBranch targetBranch revision url
    modifications { codeReviewIdentifier kind filename linesAdded linesRemoved added removed } modificationsCount
    annotations { codeReviewIdentifier kind annotationKind filename line rule tool severity category description }
    annotationsCount`;

  it('lists the files the pull request changed, from the git diff against its base', async () => {
    const body = await gql(`{ project(id: ${web.id}) { codeReview(id: ${review.id}) { ${REVIEW_FIELDS} } } }`);
    expect(body.errors).toBeUndefined();
    const codeReview = body.data.project.codeReview;
    expect(codeReview).toMatchObject({
      id: review.id,
      scmKind: 'Github',
      status: 'Done',
      submitter: 'owner',
      sourceBranch: 'feature',
      targetBranch: 'main',
      revision: review.revision,
      url: 'https://github.com/acme/web/pull/7',
      modificationsCount: 3,
    });
    const modification = { codeReviewIdentifier: review.id, kind: 'Github' };
    expect(codeReview.modifications).toEqual([
      { ...modification, filename: 'src/keep.js', linesAdded: 0, linesRemoved: 1, added: false, removed: true },
      {
        ...modification,
        filename: 'src/lib/total.js',
        linesAdded: lineCount(duplicated('total')),
        linesRemoved: 0,
        added: true,
        removed: false,
      },
      {
        ...modification,
        filename: 'src/util.js',
        linesAdded: lineCount(UTIL_V2) - lineCount(ADD),
        linesRemoved: 0,
        added: false,
        removed: false,
      },
    ]);
  });

  it('annotates what the pull request added on the lines it changed, and nothing it left alone', async () => {
    const body = await gql(`{ project(id: ${web.id}) { codeReview(id: ${review.id}) { ${REVIEW_FIELDS} } } }`);
    const { annotations, annotationsCount } = body.data.project.codeReview;
    expect(annotationsCount).toBe(annotations.length);
    const brief = annotations.map((a: Record<string, unknown>) => [a.annotationKind, a.filename, a.line, a.rule]);
    // The clone class is new, but its occurrence in the untouched sum.js is not on a changed line; old.py's
    // violations were there before. The engine reports duplicates and complex or long functions as violations too.
    expect(brief).toEqual([
      ['Violation', 'src/lib/total.js', 1, 'duplication/duplicated-code'],
      ['Violation', 'src/lib/total.js', 1, 'metrics/long-function'],
      ['Duplicate', 'src/lib/total.js', 1, null],
      ['LongFunction', 'src/lib/total.js', 1, null],
      ['Violation', 'src/util.js', ROUTE_LINE, 'metrics/complex-function'],
      ['Violation', 'src/util.js', ROUTE_LINE, 'metrics/long-function'],
      ['ComplexFunction', 'src/util.js', ROUTE_LINE, null],
      ['LongFunction', 'src/util.js', ROUTE_LINE, null],
      ['Violation', 'src/util.js', ROUTE_LINE + 11, 'eslint/no-debugger'],
    ]);
    const debuggerAnnotation = annotations.find((a: { rule: string }) => a.rule === 'eslint/no-debugger');
    expect(debuggerAnnotation).toMatchObject({
      codeReviewIdentifier: review.id,
      kind: 'Github',
      tool: 'oxlint',
      severity: expect.any(Number),
      category: expect.any(String),
      description: expect.any(String),
    });
    const route = annotations.find((a: { annotationKind: string }) => a.annotationKind === 'ComplexFunction');
    expect(route).toMatchObject({ rule: null, tool: null, severity: null, category: null });
    expect(route.description).toBe('function route has a cyclomatic complexity of 31');
  });

  it("answers the seed's code review sample queries verbatim, counts matching the lists", async () => {
    for (const field of [`codeReviews(howmany:10, skip:0)`, `codeReview(id: ${review.id})`]) {
      const body = await gql(`{
project(id: ${web.id}) {
id
name
${field}{
id
scmKind
creationTimestampMs
modifications{
codeReviewIdentifier
kind
filename
linesAdded
linesRemoved
}
modificationsCount
annotations{
codeReviewIdentifier
category
annotationKind
tool
rule
severity
category
description
}
}
}
}`);
      expect(body.errors).toBeUndefined();
      const found = body.data.project.codeReviews?.[0] ?? body.data.project.codeReview;
      expect(found).toMatchObject({
        id: review.id,
        scmKind: 'Github',
        creationTimestampMs: review.createdAt.getTime(),
      });
      expect(found.modifications).toHaveLength(found.modificationsCount);
      expect(found.annotations).toHaveLength(9);
    }
  });

  it('lists, filters and counts the project’s code reviews; branch analyses are none of them', async () => {
    const list = async (args: string) =>
      (
        await gql(`{ project(id: ${web.id}) { codeReviews(howmany: 10, skip: 0${args}) { id }
        codeReviewsCount${args ? `(${args.slice(2)})` : ''} codeReviewAuthors } }`)
      ).data.project;
    expect(await list('')).toEqual({
      codeReviews: [{ id: review.id }],
      codeReviewsCount: 1,
      codeReviewAuthors: ['owner'],
    });
    for (const kept of [
      ', sourceBranch: "feature"',
      ', targetBranch: "main"',
      ', status: [Done]',
      `, revision: "${review.revision!.toUpperCase()}"`,
      ', submitterArgument: "owner"',
    ])
      expect((await list(kept)).codeReviewsCount, kept).toBe(1);
    for (const dropped of [
      ', sourceBranch: "main"',
      ', targetBranch: "feature"',
      ', status: [Error]',
      `, revision: "${base.revision}"`,
      `, startTimestampMs: ${Date.now() + 60_000}`,
    ])
      expect(await list(dropped), dropped).toMatchObject({ codeReviews: [], codeReviewsCount: 0 });
  });

  it('answers a code review that does not exist, or a branch analysis, as NOT_FOUND', async () => {
    for (const id of [base.id, 999_999]) {
      const body = await gql(`{ project(id: ${web.id}) { codeReview(id: ${id}) { id } } }`);
      expect(body.data.project.codeReview).toBeNull();
      expect(body.errors).toEqual([
        expect.objectContaining({ message: 'code review not found', extensions: { code: 'NOT_FOUND' } }),
      ]);
    }
  });

  it('diffs two analyses of a project with the tracker, both ways, and an analysis with its predecessor', async () => {
    const DIFF = `addedViolations { filename line rule uniqueIdentifier } removedViolations { filename rule }
      addedDuplicates { filename line lineCount code } removedDuplicates { filename }
      addedComplexFunctions { filename functionName complexity lineStart } removedComplexFunctions { functionName }
      addedLongFunctions { filename functionName } removedLongFunctions { functionName }`;
    const forward = await gql(`{ analysisDiff(source: ${base.id}, target: ${review.id}) { ${DIFF} } }`);
    expect(forward.errors).toBeUndefined();
    const diff = forward.data.analysisDiff;
    expect(diff.addedViolations.map((v: { filename: string; rule: string }) => `${v.filename} ${v.rule}`)).toEqual([
      'src/lib/sum.js duplication/duplicated-code',
      'src/lib/total.js duplication/duplicated-code',
      'src/lib/total.js metrics/long-function',
      'src/util.js metrics/complex-function',
      'src/util.js metrics/long-function',
      'src/util.js eslint/no-debugger',
    ]);
    expect(diff.removedViolations).toEqual([]);
    expect(diff.addedDuplicates.map((d: { filename: string }) => d.filename)).toEqual([
      'src/lib/sum.js',
      'src/lib/total.js',
    ]);
    expect(diff.addedComplexFunctions).toEqual([
      { filename: 'src/util.js', functionName: 'route', complexity: 31, lineStart: ROUTE_LINE },
    ]);
    expect(diff.addedLongFunctions).toEqual([
      { filename: 'src/lib/total.js', functionName: 'total' },
      { filename: 'src/util.js', functionName: 'route' },
    ]);
    expect([diff.removedDuplicates, diff.removedComplexFunctions, diff.removedLongFunctions]).toEqual([[], [], []]);
    const backward = (await gql(`{ analysisDiff(source: ${review.id}, target: ${base.id}) { ${DIFF} } }`)).data
      .analysisDiff;
    expect(backward.addedViolations).toEqual([]);
    expect(backward.removedViolations).toHaveLength(6);
    expect(backward.removedLongFunctions).toEqual([{ functionName: 'total' }, { functionName: 'route' }]);
    const previous = await gql(`{ analysis(id: ${review.id}) { diffFromPrevious { ${DIFF} } } }
      `);
    expect(previous.data.analysis.diffFromPrevious).toEqual(diff);
    const first = await gql(`{ analysis(id: ${base.id}) { diffFromPrevious { addedViolations { rule } } } }`);
    expect(first).toEqual({ data: { analysis: { diffFromPrevious: null } } });
  });

  it('refuses a diff of an unknown, foreign, unfinished or other project’s analysis with a clear error', async () => {
    const site = await createProject(testApp.store.db, globex.owner, { provider: 'g', owner: 'globex', name: 'site' });
    const other = await createProject(testApp.store.db, acme.owner, { provider: 'g', owner: 'acme', name: 'other' });
    const { insertAnalysis } = await import('../../domain/analyses/index.js');
    const foreign = await insertAnalysis(testApp.store.db, site, { kind: 'branch', branch: 'main' });
    const elsewhere = await insertAnalysis(testApp.store.db, other, { kind: 'branch', branch: 'main' });
    const queued = await insertAnalysis(testApp.store.db, web, { kind: 'branch', branch: 'next' });
    const cases: [number, number, string, string][] = [
      [999_999, review.id, 'NOT_FOUND', 'analysis not found'],
      [base.id, foreign.id, 'NOT_FOUND', 'analysis not found'],
      [base.id, elsewhere.id, 'BAD_USER_INPUT', `target: an analysis of the project of source (${web.id})`],
      [
        queued.id,
        review.id,
        'BAD_USER_INPUT',
        `source: a completed analysis; analysis ${queued.id} has no results yet`,
      ],
    ];
    for (const [source, target, code, message] of cases) {
      const body = await gql(`{ analysisDiff(source: ${source}, target: ${target}) { addedViolations { rule } } }`);
      expect(body, `${source} → ${target}`).toEqual({
        data: { analysisDiff: null },
        errors: [expect.objectContaining({ message, path: ['analysisDiff'], extensions: { code } })],
      });
    }
  });

  it('refuses a code review of bad input, of a project out of reach, or by a viewer, queuing nothing', async () => {
    const before = (await analysesOf()).length;
    const viewer = await acme.memberUserToken('viewer@acme.example', 'VIEWER');
    const ask = (args: string, token?: string) =>
      gql(`mutation { createCodeReview(${args}) { id } }`, token ?? acme.ownerUserToken);
    const cases: [string, string | undefined, string, string][] = [
      [`projectId: ${web.id}, pullRequest: 0, sourceBranch: "feature"`, undefined, 'BAD_USER_INPUT', 'pullRequest'],
      [`projectId: ${web.id}, pullRequest: 8, sourceBranch: "-x"`, undefined, 'BAD_USER_INPUT', 'sourceBranch'],
      [
        `projectId: ${web.id}, pullRequest: 8, sourceBranch: "f", targetBranch: "a..b"`,
        undefined,
        'BAD_USER_INPUT',
        'targetBranch',
      ],
      [`projectId: 999999, pullRequest: 8, sourceBranch: "feature"`, undefined, 'NOT_FOUND', 'project'],
      [`projectId: ${web.id}, pullRequest: 8, sourceBranch: "feature"`, globex.ownerUserToken, 'NOT_FOUND', 'project'],
      [`projectId: ${web.id}, pullRequest: 8, sourceBranch: "feature"`, viewer, 'FORBIDDEN', 'requesting'],
    ];
    for (const [args, token, code, words] of cases) {
      const body = await ask(args, token);
      expect(body.data, args).toBeNull();
      expect(body.errors, args).toEqual([expect.objectContaining({ extensions: { code } })]);
      expect(body.errors?.[0].message, args).toContain(words);
    }
    expect(await analysesOf()).toHaveLength(before);
  });

  it('ends a review of a branch that does not exist in Error, with nothing to annotate', async () => {
    const body = await gql(`mutation { createCodeReview(projectId: ${web.id}, pullRequest: 9, sourceBranch: "nowhere")
      { id targetBranch } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.createCodeReview.targetBranch).toBe('main');
    const ended = await settle(body.data.createCodeReview.id);
    expect(ended.state).toBe('failed');
    const read = await gql(`{ project(id: ${web.id}) { codeReview(id: ${ended.id}) { status annotationsCount
      modificationsCount } } }`);
    expect(read).toEqual({
      data: { project: { codeReview: { status: 'Error', annotationsCount: 0, modificationsCount: 0 } } },
    });
  });

  it('reviews a pull request uploaded as `plumb scan --pull-request` does, from the server’s mirror', async () => {
    // The feature branch's files, analyzed where `plumb scan` runs, as it uploads them.
    const files: Record<string, string> = { ...MAIN, 'src/util.js': UTIL_V2, 'src/lib/total.js': duplicated('total') };
    delete files['src/keep.js'];
    const request = {
      kind: 'upload',
      branch: 'feature',
      pullRequest: 12,
      baseBranch: 'main',
      revision: review.revision,
    } as const;
    const uploaded = await storeEngineAnalysis(testApp.store.db, web, files, request);
    const body = await gql(`{ project(id: ${web.id}) { codeReview(id: ${uploaded.id}) { ${REVIEW_FIELDS} } } }`);
    expect(body.errors).toBeUndefined();
    const mine = (await gql(`{ project(id: ${web.id}) { codeReview(id: ${review.id}) { ${REVIEW_FIELDS} } } }`)).data
      .project.codeReview;
    const uploadedReview = body.data.project.codeReview;
    const sameButId = (list: { codeReviewIdentifier: number }[]) =>
      list.map((item) => ({ ...item, codeReviewIdentifier: 0 }));
    expect(uploadedReview).toMatchObject({
      status: 'Done',
      sourceBranch: 'feature',
      url: 'https://github.com/acme/web/pull/12',
    });
    expect(sameButId(uploadedReview.modifications)).toEqual(sameButId(mine.modifications));
    expect(sameButId(uploadedReview.annotations)).toEqual(sameButId(mine.annotations));
  });
});
