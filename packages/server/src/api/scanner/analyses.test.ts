import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { analyzeDirectory, formatJson } from '@plumb/engine';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';
import {
  claimAnalysis,
  indexOfAnalysis,
  listIndexFindings,
  moveAnalysis,
  processUpload,
} from '../../domain/analyses/index.js';
import { createProject, type Project } from '../../domain/projects/index.js';
import { issueProjectToken, revokeToken } from '../../domain/provisioning.js';
import { schema } from '../../store/index.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';

// Small limits, so that "too large" costs the test nothing: read when the app is built.
const MAX_UPLOAD = 64 * 1024;
const MAX_RESULT = 4 * 1024 * 1024;
process.env.PLUMB_SCANNER_MAX_UPLOAD_BYTES = String(MAX_UPLOAD);
process.env.PLUMB_SCANNER_MAX_RESULT_BYTES = String(MAX_RESULT);

const SCRIPT = PYTHON_WITH_FINDINGS;
const SHA = 'c0ffee'.padEnd(40, '0');

let world: TestApp;
let project: Project;
let token: string;
let otherToken: string;
let result: Record<string, unknown>;
let dir: string;

beforeAll(async () => {
  world = await openTestApp();
  const tenant = await createTenant(world.store, 'scan');
  project = await createProject(world.store.db, tenant.owner, {
    provider: 'g',
    owner: 'acme',
    name: 'web',
    defaultBranch: 'main',
  });
  token = (await issueProjectToken(world.store.db, project.id)).secret;
  const other = await createTenant(world.store, 'scan-other');
  const otherProject = await createProject(world.store.db, other.owner, { provider: 'gp', name: 'other' });
  otherToken = (await issueProjectToken(world.store.db, otherProject.id)).secret;
  dir = await mkdtemp(path.join(tmpdir(), 'plumb-scanner-'));
  await writeFile(path.join(dir, 'a.py'), SCRIPT);
  result = JSON.parse(formatJson(await analyzeDirectory(dir, { threads: 0 })));
}, 60_000);
afterAll(async () => {
  await world.close();
  await rm(dir, { recursive: true, force: true });
});

const metadata = { branch: 'main', revision: SHA };
const documentOf = (fields: Record<string, unknown> = {}) => ({ metadata, result, ...fields });
const gzipJson = (value: unknown) => gzipSync(JSON.stringify(value));
const license = (source: string, spdx: string | null = 'MIT') => ({
  name: 'left-pad',
  version: '1.3.0',
  source,
  spdx,
  declared: 'MIT',
  filename: 'package-lock.json',
  line: 8,
});

function upload(body: Buffer | string, headers: Record<string, string> = {}, bearer: string | null = token) {
  return world.app.inject({
    method: 'POST',
    url: '/api/scanner/analyses',
    headers: {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      ...(bearer === null ? {} : { authorization: `Bearer ${bearer}` }),
      ...headers,
    },
    payload: body,
  });
}

async function stored(): Promise<{ analyses: number; uploads: number; jobs: number }> {
  const [analyses] = await world.store.db.select({ n: count() }).from(schema.analyses);
  const [uploads] = await world.store.db.select({ n: count() }).from(schema.analysisUploads);
  const boss = await world.queue.opened();
  const jobs = await boss.boss.getQueueSize('plumb-analysis');
  return { analyses: analyses!.n, uploads: uploads!.n, jobs };
}

describe('POST /api/scanner/analyses', () => {
  it('stores the analysis and its gzip, queues a job, and the worker step stores the findings', async () => {
    const before = await stored();
    const body = gzipJson(documentOf({ metadata: { ...metadata, title: 'CI run 7' } }));
    const response = await upload(body);
    expect(response.statusCode, response.body).toBe(201);
    const answer = response.json();
    expect(answer).toMatchObject({
      id: expect.any(Number),
      uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
      state: 'pending',
      branch: 'main',
      revision: SHA,
      url: `/api/repositories/g/acme/web/inspections/${answer.uuid}`,
    });
    expect(response.headers.location).toBe(`/api/scanner/analyses/${answer.uuid}`);
    expect(await stored()).toEqual({
      analyses: before.analyses + 1,
      uploads: before.uploads + 1,
      jobs: before.jobs + 1,
    });
    const [row] = await world.store.db.select().from(schema.analyses).where(eq(schema.analyses.id, answer.id));
    expect(row).toMatchObject({ kind: 'upload', state: 'pending', projectId: project.id, title: 'CI run 7' });
    const [kept] = await world.store.db
      .select()
      .from(schema.analysisUploads)
      .where(eq(schema.analysisUploads.analysisId, answer.id));
    expect(Buffer.compare(kept!.payload, body)).toBe(0);

    // What the worker does with it.
    const claimed = (await claimAnalysis(world.store.db, answer.id, new Date(0)))!;
    expect(await moveAnalysis(world.store.db, answer.id, claimed.attempt, 'in_progress')).toBe(true);
    const done = await processUpload(world.store.db, answer.id, { attempt: claimed.attempt, defaultBranch: 'main' });
    expect(done.state).toBe('completed');
    const index = (await indexOfAnalysis(world.store.db, answer.id))!;
    expect(index.revision).toBe(SHA);
    const findings = await listIndexFindings(world.store.db, index, {}, { limit: 100, offset: 0 });
    expect(findings.items.map((finding) => finding.rule).sort()).toEqual(
      (result.violations as { rule: string }[]).map((violation) => violation.rule).sort(),
    );
    expect(findings.items.length).toBeGreaterThanOrEqual(3);
    expect((await stored()).uploads).toBe(before.uploads);
    // The kept upload is gone: processing it again is a clear error.
    await expect(
      processUpload(world.store.db, answer.id, { attempt: claimed.attempt, defaultBranch: 'main' }),
    ).rejects.toThrow(`the uploaded result of analysis ${answer.id} not found`);

    const polled = await world.app.inject({
      method: 'GET',
      url: `/api/scanner/analyses/${answer.uuid}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(polled.statusCode).toBe(200);
    expect(polled.json()).toMatchObject({
      uuid: answer.uuid,
      state: 'completed',
      error: null,
      url: answer.url,
      finishedAt: expect.any(String),
    });
  });

  it('accepts application/gzip and a pull request with its base', async () => {
    const response = await upload(
      gzipJson(documentOf({ metadata: { ...metadata, pullRequest: 12, baseBranch: 'main', branch: 'feature/x' } })),
      { 'content-type': 'application/gzip', 'content-encoding': '' },
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ pullRequest: 12, baseBranch: 'main', branch: 'feature/x' });
  });

  const refusals: [string, () => Buffer | string, Record<string, string>, number, RegExp][] = [
    ['malformed gzip', () => Buffer.from('this is not gzip at all'), {}, 400, /^body: gzip data/],
    ['truncated gzip', () => gzipJson(documentOf()).subarray(0, 200), {}, 400, /^body: gzip data that inflates whole/],
    ['gzip of text that is not JSON', () => gzipSync('{"metadata": '), {}, 400, /^body: JSON once inflated/],
    [
      'JSON that is not gzip',
      () => JSON.stringify(documentOf()),
      { 'content-encoding': '' },
      415,
      /^body: expected gzip/,
    ],
    [
      'a result without violations',
      () => gzipJson(documentOf({ result: { ...result, violations: undefined } })),
      {},
      400,
      /^result\.violations: an array$/,
    ],
    [
      'a violation with a string line',
      () => gzipJson(documentOf({ result: { ...result, violations: withStringLine() } })),
      {},
      400,
      /^result\.violations\[0\]\.line: an integer/,
    ],
    ['no result', () => gzipJson({ metadata }), {}, 400, /^result: an object$/],
    [
      'a license of an unknown source',
      () =>
        gzipJson(documentOf({ result: { ...result, licenses: { project: [], dependencies: [license('bower')] } } })),
      {},
      400,
      /^result\.licenses\.dependencies\[0\]\.source: one of npm, pypi/,
    ],
    [
      'a license whose SPDX expression does not parse',
      () =>
        gzipJson(
          documentOf({ result: { ...result, licenses: { project: [license('npm', 'MIT OR')], dependencies: [] } } }),
        ),
      {},
      400,
      /^result\.licenses\.project\[0\]\.spdx: an SPDX expression or null/,
    ],
    [
      'a bad branch',
      () => gzipJson(documentOf({ metadata: { ...metadata, branch: '--upload-pack=evil' } })),
      {},
      400,
      /^metadata\.branch: a git branch name/,
    ],
    [
      'a bad revision',
      () => gzipJson(documentOf({ metadata: { ...metadata, revision: 'HEAD' } })),
      {},
      400,
      /^metadata\.revision: a commit sha/,
    ],
    [
      'a pull request without its base',
      () => gzipJson(documentOf({ metadata: { ...metadata, pullRequest: 3 } })),
      {},
      400,
      /^metadata\.baseBranch:/,
    ],
    ...(
      [
        ['new lines that are not an object', [[1, 2]], /^newLines: an object/],
        [
          'new lines against a bad revision',
          { referenceRevision: 'HEAD~1', files: {} },
          /^newLines\.referenceRevision: a commit sha/,
        ],
        [
          'new lines of a file not analyzed',
          { referenceRevision: SHA, files: { 'b.py': [[1, 1]] } },
          /^newLines\.files\["b\.py"\]: the path of a file of result\.files$/,
        ],
        [
          'new line ranges out of order',
          {
            referenceRevision: SHA,
            files: {
              'a.py': [
                [4, 6],
                [2, 3],
              ],
            },
          },
          /^newLines\.files\["a\.py"\]\[1\]: a range \[first, last\] of lines 1 to 2147483647, ascending/,
        ],
        [
          'a new line range that is not two lines',
          { referenceRevision: SHA, files: { 'a.py': [[0, 3]] } },
          /^newLines\.files\["a\.py"\]\[0\]: a range/,
        ],
        [
          'more new lines than the bound',
          { referenceRevision: SHA, files: { 'a.py': [[1, 2 ** 31 - 1]] } },
          /^newLines: at most 5000000 lines$/,
        ],
      ] as const
    ).map(([name, newLines, message]): [string, () => Buffer, Record<string, string>, number, RegExp] => [
      name,
      () => gzipJson(documentOf({ newLines })),
      {},
      400,
      message,
    ]),
    [
      'a compressed body over the limit',
      () => Buffer.alloc(MAX_UPLOAD + 1, 1),
      {},
      413,
      /^body: larger than the limit of 65536 bytes/,
    ],
    [
      'a small gzip that inflates past the limit',
      () => gzipSync(Buffer.alloc(MAX_RESULT * 4, 0x20)),
      {},
      413,
      /^body: the result inflates to more than/,
    ],
  ];

  it.each(refusals)('refuses %s, and stores nothing', async (_name, body, headers, status, message) => {
    const before = await stored();
    const response = await upload(body(), headers);
    expect(response.statusCode, response.body).toBe(status);
    expect(response.json().message).toMatch(message);
    expect(await stored()).toEqual(before);
  });

  it.each([
    ['no token', null, /^a project token is required/],
    ['a token that does not exist', 'plumb_pt_nope', /^the project token is invalid/],
  ])('refuses %s with 401, and stores nothing', async (_name, bearer, message) => {
    const before = await stored();
    const response = await upload(gzipJson(documentOf()), {}, bearer);
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toMatch(message);
    expect(await stored()).toEqual(before);
  });

  it('refuses a revoked project token and an organization token', async () => {
    const before = await stored();
    const issued = await issueProjectToken(world.store.db, project.id);
    await revokeToken(world.store.db, issued.id);
    const revoked = await upload(gzipJson(documentOf()), {}, issued.secret);
    expect(revoked.statusCode).toBe(401);
    const tenant = await createTenant(world.store, 'scan-org-token');
    const organization = await upload(gzipJson(documentOf()), {}, tenant.adminOrganizationToken);
    expect(organization.statusCode).toBe(401);
    expect(organization.json().message).toMatch(/needs a project token/);
    expect(await stored()).toEqual(before);
  });

  it('on a real socket, refuses an oversized upload or one without a token before reading it all', async () => {
    const before = await stored();
    const url = await world.app.listen({ port: 0, host: '127.0.0.1' });
    const big = randomBytes(MAX_UPLOAD * 8);
    const post = (headers: Record<string, string>) =>
      fetch(`${url}/api/scanner/analyses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', ...headers },
        body: big,
      });
    const tooLarge = await post({ authorization: `Bearer ${token}` });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ message: 'body: larger than the limit of 65536 bytes of gzip' });
    const anonymous = await post({});
    expect(anonymous.status).toBe(401);
    const accepted = await fetch(`${url}/api/scanner/analyses`, {
      method: 'POST',
      headers: { 'content-type': 'application/gzip', authorization: `Bearer ${token}` },
      body: gzipJson(documentOf()),
    });
    expect(accepted.status).toBe(201);
    expect(await stored()).toMatchObject({ analyses: before.analyses + 1, uploads: before.uploads + 1 });
  });

  it("stores another organization's upload in its own project, and hides each project's analyses", async () => {
    const response = await upload(gzipJson(documentOf()), {}, otherToken);
    expect(response.statusCode).toBe(201);
    const [row] = await world.store.db
      .select()
      .from(schema.analyses)
      .where(eq(schema.analyses.uuid, response.json().uuid));
    expect(row!.projectId).not.toBe(project.id);
    expect(response.json().url).toBe(`/api/repositories/gp/other/inspections/${row!.uuid}`);
    const mine = await world.app.inject({
      method: 'GET',
      url: `/api/scanner/analyses/${row!.uuid}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(mine.statusCode).toBe(404);
    expect(mine.json()).toEqual({ message: 'analysis not found' });
    const garbage = await world.app.inject({
      method: 'GET',
      url: '/api/scanner/analyses/not-a-uuid',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(garbage.statusCode).toBe(404);
    const unknown = await world.app.inject({ method: 'GET', url: '/api/scanner/nope' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ message: 'no route for GET /api/scanner/nope' });
  });
});

/** The result's violations, the first with its line as a string. */
function withStringLine(): Record<string, unknown>[] {
  const list = result.violations as Record<string, unknown>[];
  return [{ ...list[0], line: '4' }, ...list.slice(1)];
}
