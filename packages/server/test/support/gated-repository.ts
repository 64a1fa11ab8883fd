// A repository of acme's analyzed by a real worker from a real git history, for the quality gate's suites.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analysisById, requestAnalysis, type Analysis, type AnalysisRequest } from '../../src/domain/analyses/index.js';
import { createProject, type Project } from '../../src/domain/projects/index.js';
import { openQueue, type Queue } from '../../src/jobs/queue.js';
import { startWorker, type Worker } from '../../src/jobs/worker.js';
import type { World } from '../../src/api/codestax/world.case.js';
import { FAST_LIMITS } from './analysis-world.js';
import { git, initRepository, type TestRepository } from './git-repos.js';

/** A GitHub token as the secrets rule finds it (critical), written in two parts so this file holds none. */
export const githubToken = (body: string) => 'ghp' + `_${body.padEnd(36, 'x')}`;

export interface GatedRepository {
  repo: TestRepository;
  project: Project;
  /** Asks for an analysis, as the API would, and answers it at once (not yet run). */
  request(request: AnalysisRequest): Promise<Analysis>;
  /** Waits until the analysis ended, and answers it. */
  settle(id: number): Promise<Analysis>;
  checkout(branch: string, create?: boolean): void;
  close(): Promise<void>;
}

export async function openGatedRepository(world: World, name: string): Promise<GatedRepository> {
  const { store } = world.testApp;
  const root = await mkdtemp(path.join(tmpdir(), 'plumb-gate-'));
  process.env.PLUMB_LOCAL_GIT_ROOTS = root;
  const repo = initRepository(path.join(root, name));
  const project = await createProject(store.db, world.acme.owner, {
    provider: 'gp',
    name,
    gitUrl: `file://${repo.dir}`,
    defaultBranch: 'main',
  });
  const queue: Queue = await openQueue(store, { expireInSeconds: 300 });
  const context = { store, secrets: world.secrets, dataDir: path.join(root, 'data'), limits: FAST_LIMITS };
  const worker: Worker = await startWorker(context, queue, { concurrency: 1, pollingIntervalSeconds: 0.5 });
  return {
    repo,
    project,
    request: (request) => requestAnalysis(store.db, queue, project, request),
    settle: async (id) => {
      for (const until = Date.now() + 90_000; Date.now() < until;) {
        const analysis = await analysisById(store.db, id);
        if (analysis && ['completed', 'failed', 'timed_out', 'canceled'].includes(analysis.state)) return analysis;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`analysis ${id} did not end`);
    },
    checkout: (branch, create = false) => void git(repo.dir, 'checkout', '--quiet', ...(create ? ['-b'] : []), branch),
    close: async () => {
      await worker.stop();
      await queue.stop();
      delete process.env.PLUMB_LOCAL_GIT_ROOTS;
      await rm(root, { recursive: true, force: true });
    },
  };
}
