import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysisById, requestAnalysis, type Analysis } from '../../server/src/domain/analyses/index.js';
import { createProject, type Project } from '../../server/src/domain/projects/index.js';
import { openQueue, type Queue } from '../../server/src/jobs/queue.js';
import { openStore, schema, type Store } from '../../server/src/store/index.js';
import { initRepository } from '../../server/test/support/git-repos.js';
import { createTenant } from '../../server/test/support/tenant-fixture.js';
import { runAdmin } from '../../server/test/support/test-store.js';
import { PLUMB_BIN, startServe } from './run-cli.js';

const adminUrl = process.env.PLUMB_TEST_PG_URL;

// Comparison with None and an unused variable in each function: findings of Ruff in every module.
const MODULE = 'def f(x):\n    if x == None:\n        return 1\n    unused = 2\n';
const MODULES = 150;

/** A `plumb worker` process whose report lines are collected. */
function startWorkerProcess(env: NodeJS.ProcessEnv, dataDir: string) {
  const child = spawn(process.execPath, [PLUMB_BIN, 'worker', '--data', dataDir], { env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 90_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// `npm run test:pg` sets PLUMB_TEST_PG_URL: workers share a PostgreSQL server, as they do past one machine.
describe.skipIf(!adminUrl)('analysis workers as separate processes on PostgreSQL', () => {
  const database = `plumb_test_workers_${randomBytes(4).toString('hex')}`;
  let root: string;
  let env: NodeJS.ProcessEnv;
  let store: Store;
  let queue: Queue;
  let project: Project;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    await runAdmin(adminUrl!, `create database ${database}`);
    const url = new URL(adminUrl!);
    url.pathname = `/${database}`;
    root = await mkdtemp(path.join(tmpdir(), 'plumb-workers-'));
    env = {
      DATABASE_URL: url.toString(),
      PLUMB_LOCAL_GIT_ROOTS: root,
      PLUMB_WORKER_STALE_SECONDS: '3',
      PLUMB_SECRET_KEY: randomBytes(32).toString('base64'),
    };
    process.env.PLUMB_LOCAL_GIT_ROOTS = root;
    store = await openStore({ driver: 'postgres', databaseUrl: url.toString() });
    queue = await openQueue(store, { expireInSeconds: 600 });
    const repo = initRepository(path.join(root, 'repos', 'big'));
    const files: Record<string, string> = {};
    for (let index = 0; index < MODULES; index += 1) files[`pkg/m${index}.py`] = MODULE.repeat(8);
    repo.commit('Many modules', files);
    const tenant = await createTenant(store, 'workers');
    project = await createProject(store.db, tenant.owner, {
      provider: 'gp',
      name: 'big',
      gitUrl: `file://${repo.dir}`,
      defaultBranch: 'main',
    });
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await queue?.stop();
    await store?.close();
    await runAdmin(adminUrl!, `drop database if exists ${database} with (force)`);
    await rm(root, { recursive: true, force: true });
    delete process.env.PLUMB_LOCAL_GIT_ROOTS;
  });

  const settled = (id: number) =>
    until(`analysis ${id} to end`, async () => {
      const analysis = await analysisById(store.db, id);
      return analysis && ['completed', 'failed', 'timed_out', 'canceled'].includes(analysis.state)
        ? analysis
        : undefined;
    });

  async function storedOnce(analysis: Analysis): Promise<void> {
    expect([analysis.state, analysis.error]).toEqual(['completed', null]);
    const indices = await store.db.select().from(schema.indices).where(eq(schema.indices.analysisId, analysis.id));
    expect(indices).toHaveLength(1);
    const findings = await store.db.select().from(schema.findings).where(eq(schema.findings.analysisId, analysis.id));
    // Every finding the engine counted, each exactly once (a second store would double them).
    const summary = indices[0]!.summary as { violations: number };
    expect(summary.violations).toBeGreaterThan(MODULES);
    expect(findings).toHaveLength(summary.violations);
  }

  it('runs the analysis of a worker killed with SIGKILL on another worker, and stores it once', async () => {
    const a = startWorkerProcess(env, path.join(root, 'data-a'));
    const b = startWorkerProcess(env, path.join(root, 'data-b'));
    children.push(a.child, b.child);
    const requested = await requestAnalysis(store.db, queue, project, { kind: 'branch', branch: 'main' });
    const started = `inspection ${requested.uuid} started (attempt 1)`;
    const first = await until('a worker to take the analysis', async () =>
      a.output().includes(started) ? a : b.output().includes(started) ? b : undefined,
    );
    const other = first === a ? b : a;
    await until('the analysis to run', async () => {
      const analysis = await analysisById(store.db, requested.id);
      return analysis?.state === 'in_progress' ? analysis : undefined;
    });
    first.child.kill('SIGKILL');
    expect(await first.exited).toBeNull();
    const done = await settled(requested.id);
    await storedOnce(done);
    expect(done.attempt).toBeGreaterThanOrEqual(2);
    expect(other.output()).toContain(`inspection ${requested.uuid} started (attempt ${done.attempt})`);
    other.child.kill('SIGTERM');
    expect(await other.exited).toBe(0);
  }, 180_000);

  it('resumes analyses queued while no worker ran, and one interrupted by a restart of plumb serve', async () => {
    const queued = await requestAnalysis(store.db, queue, project, { kind: 'branch', branch: 'main' });
    const serveEnv = { ...env, PLUMB_LOCAL_GIT_ROOTS: root };
    const first = await startServe(['--port', '0', '--data', path.join(root, 'serve')], serveEnv);
    children.push(first.child);
    await storedOnce(await settled(queued.id));

    const interrupted = await requestAnalysis(store.db, queue, project, { kind: 'branch', branch: 'main' });
    await until('the analysis to run', async () => {
      const analysis = await analysisById(store.db, interrupted.id);
      return analysis?.state === 'in_progress' ? analysis : undefined;
    });
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect((await analysisById(store.db, interrupted.id))?.state).toBe('new');
    const second = await startServe(['--port', '0', '--data', path.join(root, 'serve')], serveEnv);
    children.push(second.child);
    await storedOnce(await settled(interrupted.id));
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }, 240_000);
});
