// Shared set-up of the suites that run the real worker on real git repositories: a test app whose data directory
// is the worker's, acme and globex, and git repositories under the allowed local root. A .case.ts file: not built.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { sealedBox } from '../../crypto/sealed-box.js';
import { analysisById, listAnalyses, type Analysis } from '../../domain/analyses/index.js';
import type { Project } from '../../domain/projects/index.js';
import { startWorker, type Worker } from '../../jobs/worker.js';
import { FAST_LIMITS } from '../../../test/support/analysis-world.js';
import { initRepository, type TestRepository } from '../../../test/support/git-repos.js';
import { createTenant, type Tenant } from '../../../test/support/tenant-fixture.js';
import { openTestApp, type TestApp } from '../../../test/support/test-app.js';

export interface PipelineWorld {
  testApp: TestApp;
  acme: Tenant;
  globex: Tenant;
  /** A new git repository on branch main, under the root local git URLs may name. */
  repository(name: string): TestRepository;
  /** Posts a GraphQL document with a user token (acme's owner's by default) and answers the body. */
  gql(query: string, token?: string): Promise<{ data: any; errors?: any[] }>; // eslint-disable-line
  /** The worker's data directory (mirrors under `mirrors/`). */
  dataDir: string;
  /** Every line the app and the worker logged (the app at trace level). */
  logs: string[];
  /** Waits until the analysis ended, and answers it. */
  settle(id: number): Promise<Analysis>;
  /** The project's analyses, oldest first. */
  analysesOf(project: Project): Promise<Analysis[]>;
  close(): Promise<void>;
}

const FINAL = ['completed', 'failed', 'timed_out', 'canceled'];

export async function openPipelineWorld(): Promise<PipelineWorld> {
  const root = await mkdtemp(path.join(tmpdir(), 'plumb-codiga-pipeline-'));
  process.env.PLUMB_LOCAL_GIT_ROOTS = root;
  const dataDir = path.join(root, 'data');
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  // One key for the app and the worker: what a mutation seals, the worker opens.
  const secrets = sealedBox(randomBytes(32));
  const testApp = await openTestApp(undefined, { dataDir, secrets, logger: { level: 'trace', stream } });
  const acme = await createTenant(testApp.store, 'acme');
  const globex = await createTenant(testApp.store, 'globex');
  const context = {
    store: testApp.store,
    secrets,
    dataDir,
    limits: FAST_LIMITS,
    report: (line: string) => logs.push(line),
  };
  const worker: Worker = await startWorker(context, await testApp.queue.opened(), {
    concurrency: 1,
    pollingIntervalSeconds: 0.5,
  });
  const db = testApp.store.db;
  return {
    testApp,
    acme,
    globex,
    logs,
    dataDir,
    repository: (name) => initRepository(path.join(root, name)),
    gql: async (query, token = acme.ownerUserToken) =>
      (
        await testApp.app.inject({
          method: 'POST',
          url: '/graphql',
          headers: { 'x-api-token': token },
          payload: { query },
        })
      ).json(),
    settle: async (id) => {
      for (const until = Date.now() + 240_000; Date.now() < until;) {
        const analysis = await analysisById(db, id);
        if (analysis && FINAL.includes(analysis.state)) return analysis;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`analysis ${id} did not end`);
    },
    analysesOf: async (project) =>
      (await listAnalyses(db, project, { sortField: 'created_at', sortOrder: 'asc', limit: 1000, offset: 0 })).items,
    close: async () => {
      await worker.stop();
      await testApp.close();
      delete process.env.PLUMB_LOCAL_GIT_ROOTS;
      await rm(root, { recursive: true, force: true });
    },
  };
}
