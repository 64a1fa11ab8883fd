// A project backed by a real git repository over file://, its store, queue and worker context: what the pipeline
// tests share. PLUMB_LOCAL_GIT_ROOTS is set to the world's temporary directory, as an operator would.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sealedBox } from '../../src/crypto/sealed-box.js';
import { analysisById, type Analysis } from '../../src/domain/analyses/index.js';
import { createProject, type Project } from '../../src/domain/projects/index.js';
import type { AnalysisLimits } from '../../src/jobs/limits.js';
import type { WorkerContext } from '../../src/jobs/run-analysis.js';
import type { Store } from '../../src/store/index.js';
import { initRepository, type TestRepository } from './git-repos.js';
import { createTenant, type Tenant } from './tenant-fixture.js';

export const FAST_LIMITS: AnalysisLimits = {
  cloneSeconds: 60,
  analysisSeconds: 120,
  staleSeconds: 4,
  heartbeatSeconds: 0.5,
  expireInSeconds: 300,
  artifactRetentionSeconds: 30 * 86_400,
};

export interface AnalysisWorld {
  root: string;
  repo: TestRepository;
  tenant: Tenant;
  project: Project;
  context: WorkerContext;
  /** Waits until the analysis reaches one of the states (default: any final state) and answers it. */
  settle(id: number, states?: readonly string[], timeoutMs?: number): Promise<Analysis>;
  dispose(): Promise<void>;
}

const FINAL = ['completed', 'failed', 'timed_out', 'canceled'];

export async function openAnalysisWorld(store: Store, slug: string, limits = FAST_LIMITS): Promise<AnalysisWorld> {
  const root = await mkdtemp(path.join(tmpdir(), 'plumb-pipeline-'));
  process.env.PLUMB_LOCAL_GIT_ROOTS = root;
  const repo = initRepository(path.join(root, 'repos', slug));
  const tenant = await createTenant(store, slug);
  const project = await createProject(store.db, tenant.owner, {
    provider: 'gp',
    name: slug,
    gitUrl: `file://${repo.dir}`,
    defaultBranch: 'main',
  });
  const context: WorkerContext = {
    store,
    secrets: sealedBox(randomBytes(32)),
    dataDir: path.join(root, 'data'),
    limits,
  };
  return {
    root,
    repo,
    tenant,
    project,
    context,
    settle: async (id, states = FINAL, timeoutMs = 60_000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const analysis = await analysisById(store.db, id);
        if (analysis && states.includes(analysis.state)) return analysis;
        if (Date.now() > until) throw new Error(`analysis ${id} still ${analysis?.state} after ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    dispose: async () => {
      delete process.env.PLUMB_LOCAL_GIT_ROOTS;
      await rm(root, { recursive: true, force: true });
    },
  };
}
