// `Analysis.fileContent(path)`: a file's lines at the analyzed revision, read from the project's git mirror under
// the data directory; an error in `errors`, not a crash, when there is no mirror, no revision or no such file.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAnalysis, type Analysis } from '../../domain/analyses/index.js';
import { createProject, type Project } from '../../domain/projects/index.js';
import { fetchMirror } from '../../git/index.js';
import { initRepository } from '../../../test/support/git-repos.js';
import { storeEngineAnalysis } from '../../../test/support/stored-analysis.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';

const FIRST = { 'src/a.js': 'export const a = 1;\r\nexport const b = 2;\n', 'README.md': '# web\n' };
const SECOND = { 'src/a.js': 'export const a = 3;\n' };

describe(`Codiga's fileContent on ${TEST_DRIVER}`, () => {
  let root: string;
  let testApp: TestApp;
  let acme: Tenant;
  let mirrored: Project;
  let unmirrored: Project;
  let first: Analysis;
  let second: Analysis;
  let queued: Analysis;
  let elsewhere: Analysis;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'plumb-codiga-files-'));
    const dataDir = path.join(root, 'data');
    testApp = await openTestApp(undefined, { dataDir });
    acme = await createTenant(testApp.store, 'acme');
    const repo = initRepository(path.join(root, 'repo'));
    const firstSha = repo.commit('First', FIRST);
    const secondSha = repo.commit('Second', SECOND);
    const db = testApp.store.db;
    mirrored = await createProject(db, acme.owner, { provider: 'gp', name: 'web', gitUrl: `file://${repo.dir}` });
    unmirrored = await createProject(db, acme.owner, { provider: 'gp', name: 'other', gitUrl: `file://${repo.dir}` });
    await fetchMirror(
      { url: `file://${repo.dir}` },
      { dataDir, key: mirrored.uuid, timeoutMs: 30_000, localRoots: [root] },
    );
    const request = (revision: string) => ({ kind: 'branch' as const, branch: 'main', revision });
    first = await storeEngineAnalysis(db, mirrored, FIRST, request(firstSha));
    second = await storeEngineAnalysis(db, mirrored, { ...FIRST, ...SECOND }, request(secondSha));
    queued = await insertAnalysis(db, mirrored, { kind: 'branch', branch: 'main' });
    elsewhere = await storeEngineAnalysis(db, unmirrored, FIRST, request(firstSha));
  }, 180_000);
  afterAll(async () => {
    await testApp.close();
    await rm(root, { recursive: true, force: true });
  });

  const content = async (analysis: Analysis, filePath: string) =>
    (
      await testApp.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'x-api-token': acme.ownerUserToken },
        payload: { query: `{ analysis(id: ${analysis.id}) { fileContent(path: ${JSON.stringify(filePath)}) } }` },
      })
    ).json();

  it("answers a file's lines at each analysis's own revision", async () => {
    expect(await content(first, 'src/a.js')).toEqual({
      data: { analysis: { fileContent: ['export const a = 1;', 'export const b = 2;'] } },
    });
    expect(await content(second, '/src/a.js')).toEqual({
      data: { analysis: { fileContent: ['export const a = 3;'] } },
    });
  });

  it('answers a file not in the revision, an analysis with no revision, or no mirror, with NOT_FOUND', async () => {
    for (const [analysis, filePath, words] of [
      [first, 'src/missing.js', 'src/missing.js is not a file of the repository'],
      [first, 'src', 'src is not a file of the repository'],
      [queued, 'src/a.js', 'has no revision yet'],
      [elsewhere, 'src/a.js', 'no git mirror of this project'],
    ] as const) {
      const body = await content(analysis, filePath);
      expect(body.data).toEqual({ analysis: null });
      expect(body.errors).toEqual([
        expect.objectContaining({ message: expect.stringContaining(words), extensions: { code: 'NOT_FOUND' } }),
      ]);
    }
  });
});
