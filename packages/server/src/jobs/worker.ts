import { analysesToRequeue, purgeArtifacts } from '../domain/analyses/index.js';
import { FILE_ANALYSIS_RETENTION_MS, purgeFileAnalyses } from '../domain/file-analyses/index.js';
import { removeAbandonedCheckouts } from '../git/index.js';
import { EnginePool } from './engine-process.js';
import { ANALYSIS_QUEUE, FILE_ANALYSIS_QUEUE, type AnalysisJob, type FileAnalysisJob, type Queue } from './queue.js';
import { runAnalysis, type WorkerContext } from './run-analysis.js';
import { runFileAnalysis } from './run-file-analysis.js';

const PURGE_INTERVAL_MS = 3_600_000;

export interface Worker {
  /** Stops taking jobs, hands running analyses back to the queue and waits for them to let go. */
  stop(): Promise<void>;
}

/**
 * Runs analyses from the queue, `concurrency` at a time, and every few seconds queues again the analyses whose worker
 * died (no heartbeat for the stale time) or whose job was lost, so a killed worker's analysis runs on another; at
 * start and then hourly, purges the content of artifacts past their retention, and file analyses past theirs.
 */
export async function startWorker(
  workerContext: WorkerContext,
  queue: Queue,
  options: { concurrency: number; pollingIntervalSeconds?: number },
): Promise<Worker> {
  // Warm engine processes for the analyses and the file analyses beside them, stopped with the worker.
  const engines = new EnginePool(options.concurrency + 1);
  const context: WorkerContext = { engines, ...workerContext };
  const shutdown = new AbortController();
  const running = new Set<Promise<void>>();
  const handle = async (jobs: { data: AnalysisJob }[]) => {
    for (const job of jobs) {
      if (shutdown.signal.aborted) throw new Error('the worker is stopping');
      const run = runAnalysis(context, job.data.analysisId, shutdown.signal);
      running.add(run);
      try {
        await run;
      } finally {
        running.delete(run);
      }
      // Its inspection.completed or .failed goes out now rather than at the next dispatch.
      await queue.dispatchWebhooks();
    }
  };
  const workIds: string[] = [];
  for (let index = 0; index < options.concurrency; index += 1) {
    const id = await queue.boss.work<AnalysisJob>(
      ANALYSIS_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
      handle,
    );
    workIds.push(id);
    queue.localWorkers.add(id);
  }
  // One file analysis at a time beside the repository analyses: an IDE's file is small and waits for no clone.
  const fileWorkId = await queue.boss.work<FileAnalysisJob>(
    FILE_ANALYSIS_QUEUE,
    { batchSize: 1, pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 },
    async (jobs) => {
      for (const job of jobs) {
        // A job handed over as the worker stops is queued again untouched: throwing would have pg-boss fail it late.
        const outcome = shutdown.signal.aborted
          ? Promise.resolve('released' as const)
          : runFileAnalysis(context, job.data.fileAnalysisId, shutdown.signal);
        const run = outcome.then(async (result) => {
          // Stopped before its end: queued again for the next worker (this one takes no more jobs).
          if (result === 'released') await queue.enqueueFileAnalysis(job.data.fileAnalysisId);
        });
        running.add(run);
        await run.finally(() => running.delete(run));
      }
    },
  );
  workIds.push(fileWorkId);
  queue.localFileWorkers.add(fileWorkId);
  const limits = context.limits;
  await removeAbandonedCheckouts(context.dataDir, (limits.cloneSeconds + limits.analysisSeconds) * 1000);
  let purgedAt = -Infinity;
  const sweep = async () => {
    const staleBefore = new Date(Date.now() - context.limits.staleSeconds * 1000);
    for (const analysis of await analysesToRequeue(context.store.db, staleBefore)) await queue.enqueue(analysis.id);
    // Files past their retention lose their content (Scrutinizer's `expired`); an hourly pass is enough for days.
    if (Date.now() - purgedAt >= PURGE_INTERVAL_MS) {
      purgedAt = Date.now();
      await purgeArtifacts(context.store.db, new Date(Date.now() - context.limits.artifactRetentionSeconds * 1000));
      await purgeFileAnalyses(context.store.db, new Date(Date.now() - FILE_ANALYSIS_RETENTION_MS));
    }
  };
  const sweeping = setInterval(
    () => void sweep().catch(() => undefined),
    Math.max(1000, (context.limits.staleSeconds * 1000) / 2),
  );
  await sweep();
  let stopping: Promise<void> | undefined;
  return {
    stop: () =>
      (stopping ??= (async () => {
        clearInterval(sweeping);
        shutdown.abort();
        for (const id of workIds) {
          queue.localWorkers.delete(id);
          queue.localFileWorkers.delete(id);
          await queue.boss.offWork({ id }).catch(() => undefined);
        }
        await Promise.allSettled([...running]);
        engines.stop();
      })()),
  };
}
