import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sealedBox } from '../../crypto/sealed-box.js';
import { createProject, type Project } from '../../domain/projects/index.js';
import { startWorker, type Worker } from '../../jobs/worker.js';
import { schema } from '../../store/index.js';
import { FAST_LIMITS } from '../../../test/support/analysis-world.js';
import { PYTHON_WITH_FINDINGS } from '../../../test/support/python-findings.js';
import { TEST_DRIVER } from '../../../test/support/test-store.js';
import { openGraphqlWorld, type GraphqlWorld } from './world.case.js';

// The JetBrains plugin's documents, verbatim (src/main/graphql/io/codiga/api/CreateFileAnalysis.graphql and
// GetFileAnalysis.graphql); the VS Code extension sends the same fields.
const CREATE = `mutation CreateFileAnalysis($language: LanguageEnumeration!, $code: String!, $filename: String!,
  $projectId: Long, $fingerprint: String, $parameters: String) {
  createFileAnalysis(language: $language, code: $code, filename: $filename, projectId: $projectId,
    fingerprint: $fingerprint, parameters: $parameters)
}`;
const GET = `query GetFileAnalysis($id: Long!, $fingerprint: String) {
  getFileAnalysis(id: $id, fingerprint: $fingerprint) {
    id status filename language code parameters runningTimeSeconds timestamp
    violations { id language description severity category line lineCount tool rule ruleUrl }
  }
}`;

interface FileAnalysisAnswer {
  id: number;
  filename: string;
  status: string;
  parameters: string | null;
  violations: { rule: string; tool: string; severity: number; category: string; line: number; ruleUrl: string }[];
}

let world: GraphqlWorld;
let worker: Worker;
let workerContext: Parameters<typeof startWorker>[0];
let dataDir: string;
let configured: Project;

beforeAll(async () => {
  world = await openGraphqlWorld();
  dataDir = await mkdtemp(path.join(tmpdir(), 'plumb-file-analyses-'));
  workerContext = { store: world.testApp.store, secrets: sealedBox(randomBytes(32)), dataDir, limits: FAST_LIMITS };
  worker = await startWorker(workerContext, await world.testApp.queue.opened(), {
    concurrency: 1,
    pollingIntervalSeconds: 0.5,
  });
  // A project whose stored .plumb.yml switches Ruff's unused import off.
  configured = await createProject(world.testApp.store.db, world.acme.owner, {
    provider: 'g',
    owner: 'acme',
    name: 'configured',
    configYaml: 'rules:\n  ruff/F401: off\n',
  });
}, 120_000);
afterAll(async () => {
  await worker?.stop();
  await world?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function create(variables: Record<string, unknown>, token?: string): Promise<number> {
  const response = await world.gql(CREATE, { variables, ...(token ? { token } : {}) });
  const body = response.json();
  expect(body.errors).toBeUndefined();
  return body.data.createFileAnalysis as number;
}

/** Polls as the IDE plugins do (every half second) until the analysis is no longer scheduled or running. */
async function settle(id: number): Promise<FileAnalysisAnswer> {
  const until = Date.now() + 150_000;
  for (;;) {
    const body = (await world.gql(GET, { variables: { id } })).json();
    expect(body.errors).toBeUndefined();
    const analysis = body.data.getFileAnalysis as FileAnalysisAnswer;
    if (!['Scheduled', 'InProgress'].includes(analysis.status) || Date.now() > until) return analysis;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

const rules = (analysis: FileAnalysisAnswer) => analysis.violations.map((violation) => violation.rule).sort();

describe(`one-file analysis over GraphQL on ${TEST_DRIVER}`, () => {
  it('answers an id at once and analyzes the code in the background with the bundled linters', async () => {
    const id = await create({
      language: 'Python',
      filename: 'app/tool.py',
      code: PYTHON_WITH_FINDINGS,
      fingerprint: 'ide-1',
      parameters: 'plugin=jetbrains',
    });
    const first = (await world.gql(GET, { variables: { id, fingerprint: 'ide-1' } })).json();
    expect(first.data.getFileAnalysis).toMatchObject({ id, filename: 'app/tool.py', language: 'Python' });
    const done = await settle(id);
    expect(done.status).toBe('Done');
    expect(done.parameters).toBe('plugin=jetbrains');
    expect(rules(done)).toEqual(expect.arrayContaining(['E711', 'F401', 'F841']));
    const unusedImport = done.violations.find((violation) => violation.rule === 'F401')!;
    expect(unusedImport).toMatchObject({ tool: 'ruff', line: 1, ruleUrl: 'https://docs.astral.sh/ruff/rules/#f' });
    expect(unusedImport.severity).toBeGreaterThanOrEqual(1);
    expect(unusedImport.severity).toBeLessThanOrEqual(4);
  }, 180_000);

  it("applies the project's stored .plumb.yml and its ignores", async () => {
    const ignore = await world.gql(
      `mutation { addViolationToIgnore(projectId: ${configured.id}, rule: "E711", tool: "ruff",
        language: Python, filename: "app/tool.py") { rule } }`,
    );
    expect(ignore.json().errors).toBeUndefined();
    const id = await create({
      language: 'Python',
      filename: 'app/tool.py',
      code: PYTHON_WITH_FINDINGS,
      projectId: configured.id,
    });
    const done = await settle(id);
    expect(done.status).toBe('Done');
    const found = rules(done);
    expect(found).toContain('F841');
    expect(found).not.toContain('F401');
    expect(found).not.toContain('E711');
  }, 180_000);

  it('gives a file without its language extension the language the client named', async () => {
    const id = await create({ language: 'Javascript', filename: 'scratch', code: 'debugger;\n' });
    const done = await settle(id);
    expect(done.status).toBe('Done');
    expect(done.violations.map((violation) => `${violation.tool}:${violation.rule}`)).toContain(
      'oxlint:eslint/no-debugger',
    );
  }, 180_000);

  it('refuses code past the size limit and a path outside the project, naming the field', async () => {
    const tooLarge = (
      await world.gql(CREATE, {
        variables: { language: 'Python', filename: 'big.py', code: 'x = 1\n'.repeat(50_000) },
      })
    ).json();
    expect(tooLarge.data).toBeNull();
    expect(tooLarge.errors[0]).toMatchObject({
      message: 'code: expected at most 262144 bytes (UTF-8), got 300000',
      extensions: { code: 'BAD_USER_INPUT' },
      path: ['createFileAnalysis'],
    });
    const outside = (
      await world.gql(CREATE, { variables: { language: 'Python', filename: '../etc/x.py', code: 'x = 1' } })
    ).json();
    expect(outside.errors[0]).toMatchObject({
      message: 'filename: expected a relative path such as "src/app.py", got "../etc/x.py"',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('hands a file analysis back to the queue when its worker stops, for the next worker to finish', async () => {
    // Near the size limit, so that even a warm engine process is still at it when the worker is told to stop.
    const functions = Array.from({ length: 2_000 }, (_, n) => PYTHON_WITH_FINDINGS.replace('def f(', `def f${n}(`));
    const code = functions.join('\n').slice(0, 250 * 1024);
    const id = await create({ language: 'Python', filename: 'slow.py', code: code.slice(0, code.lastIndexOf('\n')) });
    const status = async () => (await world.gql(GET, { variables: { id } })).json().data.getFileAnalysis.status;
    const until = Date.now() + 120_000;
    let seen = await status();
    while (seen === 'Scheduled' && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 10));
      seen = await status();
    }
    expect(seen).toBe('InProgress');
    await worker.stop();
    expect(await status()).toBe('Scheduled');
    worker = await startWorker(workerContext, await world.testApp.queue.opened(), {
      concurrency: 1,
      pollingIntervalSeconds: 0.5,
    });
    expect((await settle(id)).status).toBe('Done');
  }, 240_000);

  it('forgets file analyses a week old when a worker starts (and hourly)', async () => {
    const old = await create({ language: 'Python', filename: 'old.py', code: 'x = 1\n' });
    const recent = await create({ language: 'Python', filename: 'recent.py', code: 'x = 1\n' });
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    const { fileAnalyses } = schema;
    await world.testApp.store.db.update(fileAnalyses).set({ createdAt: eightDaysAgo }).where(eq(fileAnalyses.id, old));
    await worker.stop();
    worker = await startWorker(workerContext, await world.testApp.queue.opened(), { concurrency: 1 });
    const gone = (await world.gql(GET, { variables: { id: old } })).json();
    expect(gone.errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await settle(recent)).filename).toBe('recent.py');
  }, 240_000);

  it("answers another user's file analysis, and another organization's project, as not found", async () => {
    const id = await create({ language: 'Python', filename: 'mine.py', code: 'x = 1\n' });
    const stranger = world.globex.ownerUserToken;
    const read = (await world.gql(GET, { variables: { id }, token: stranger })).json();
    expect(read.data).toBeNull();
    expect(read.errors[0]).toMatchObject({ message: 'file analysis not found', extensions: { code: 'NOT_FOUND' } });
    const foreign = (
      await world.gql(CREATE, {
        variables: { language: 'Python', filename: 'x.py', code: 'x = 1', projectId: world.web.id },
        token: stranger,
      })
    ).json();
    expect(foreign.errors[0]).toMatchObject({ message: 'project not found', extensions: { code: 'NOT_FOUND' } });
  });
});
