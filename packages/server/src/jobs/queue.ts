import PgBoss from 'pg-boss';
import type { AnalysisQueue } from '../domain/analyses/index.js';
import type { Store } from '../store/index.js';
import { webhookLimits, type WebhookLimits } from './limits.js';
import { REPORT_QUEUE } from './report-schedule.js';
import { dispatchDeliveries, WEBHOOK_QUEUE } from './webhook-dispatch.js';

export { WEBHOOK_QUEUE, type WebhookJob } from './webhook-dispatch.js';

/** The pg-boss queue every analysis goes through. */
export const ANALYSIS_QUEUE = 'plumb-analysis';

export interface AnalysisJob {
  analysisId: number;
}

/** The queue of one-file analyses (Codiga's createFileAnalysis): small jobs, kept apart from repository analyses. */
export const FILE_ANALYSIS_QUEUE = 'plumb-file-analysis';

export interface FileAnalysisJob {
  fileAnalysisId: number;
}

export interface QueueOptions {
  /** How long pg-boss lets a job run before it counts it as expired and retries it (beyond every time limit). */
  expireInSeconds: number;
  /** Whether this process runs pg-boss's maintenance (expiry, archiving); workers do, API nodes need not. */
  supervise?: boolean;
  /** Whether this process runs pg-boss's scheduler (the reports' cron); workers do. */
  schedule?: boolean;
  /** Webhook timeout and retries; from the environment when left out. */
  webhooks?: WebhookLimits;
}

/** pg-boss over the store, with the analysis queue created; `enqueue` is the domain's AnalysisQueue. */
export interface Queue extends AnalysisQueue {
  boss: PgBoss;
  /** Workers of this process (pg-boss work ids), woken at once when this process enqueues rather than at their poll. */
  readonly localWorkers: Set<string>;
  /** File analysis workers of this process, woken when this process enqueues one. */
  readonly localFileWorkers: Set<string>;
  /** Webhook delivery workers of this process, woken when this process hands deliveries to the queue. */
  readonly localWebhookWorkers: Set<string>;
  readonly webhookLimits: WebhookLimits;
  /** Hands the webhook events recorded since the last call to the queue (never throws: the next call retries). */
  dispatchWebhooks(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts pg-boss on the store (PGlite or PostgreSQL, through `Store.executeSql`), installing its schema on first use.
 * Two processes installing it at once can collide in pg-boss's own CREATE SCHEMA; the loser tries again.
 */
export async function openQueue(store: Store, options: QueueOptions): Promise<Queue> {
  const boss = new PgBoss({
    db: store,
    supervise: options.supervise ?? true,
    schedule: options.schedule ?? false,
    migrate: true,
  });
  boss.on('error', () => {
    // pg-boss reports maintenance hiccups here; an unhandled 'error' event would end the process.
  });
  await startWithRetry(boss);
  const queue = {
    name: ANALYSIS_QUEUE,
    // At most one waiting job per analysis: queuing it again while it waits is a no-op.
    policy: 'short',
    retryLimit: 3,
    retryDelay: 5,
    expireInSeconds: options.expireInSeconds,
  } as const;
  await boss.createQueue(ANALYSIS_QUEUE, queue);
  // A queue created by an earlier version or configuration keeps its options unless told.
  await boss.updateQueue(ANALYSIS_QUEUE, queue);
  const files = { ...queue, name: FILE_ANALYSIS_QUEUE, policy: 'standard' } as const;
  await boss.createQueue(FILE_ANALYSIS_QUEUE, files);
  await boss.updateQueue(FILE_ANALYSIS_QUEUE, files);
  const webhooks = options.webhooks ?? webhookLimits();
  const deliveries = {
    name: WEBHOOK_QUEUE,
    policy: 'standard',
    retryLimit: webhooks.retryLimit,
    retryDelay: webhooks.retryDelaySeconds,
    retryBackoff: true,
    // Past the timeout an attempt is over; pg-boss's expiry only catches a worker that died during one.
    expireInSeconds: Math.ceil(webhooks.timeoutMs / 1000) + 60,
  } as const;
  await boss.createQueue(WEBHOOK_QUEUE, deliveries);
  await boss.updateQueue(WEBHOOK_QUEUE, deliveries);
  await boss.createQueue(REPORT_QUEUE, { name: REPORT_QUEUE, policy: 'standard', retryLimit: 2, retryDelay: 60 });
  let stopped: Promise<void> | undefined;
  const localWorkers = new Set<string>();
  const localFileWorkers = new Set<string>();
  const localWebhookWorkers = new Set<string>();
  const dispatchWebhooks = async () => {
    const sent = await dispatchDeliveries(store.db, boss).catch(() => 0);
    if (sent > 0) for (const id of localWebhookWorkers) boss.notifyWorker(id);
  };
  return {
    boss,
    localWorkers,
    localFileWorkers,
    localWebhookWorkers,
    webhookLimits: webhooks,
    dispatchWebhooks,
    enqueue: async (analysisId) => {
      await boss.send(ANALYSIS_QUEUE, { analysisId } satisfies AnalysisJob, {
        singletonKey: `analysis:${analysisId}`,
      });
      for (const id of localWorkers) boss.notifyWorker(id);
      // The analysis's inspection.created, recorded with it.
      await dispatchWebhooks();
    },
    enqueueFileAnalysis: async (fileAnalysisId) => {
      await boss.send(FILE_ANALYSIS_QUEUE, { fileAnalysisId } satisfies FileAnalysisJob);
      for (const id of localFileWorkers) boss.notifyWorker(id);
    },
    stop: () => (stopped ??= boss.stop({ graceful: true, wait: true, timeout: 30_000 })),
  };
}

async function startWithRetry(boss: PgBoss): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await boss.start();
      return;
    } catch (error) {
      if (attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt + Math.random() * 200));
    }
  }
}

/** The analysis queue of an API node: pg-boss started on first use; `opened()` gives the queue itself to workers. */
export interface LazyQueue extends AnalysisQueue {
  opened(): Promise<Queue>;
  /** Stops pg-boss if it was started. */
  stop(): Promise<void>;
}

/** The queue opened on first use and kept: an API node that is never asked for an analysis never starts pg-boss. */
export function lazyQueue(store: Store, options: QueueOptions): LazyQueue {
  let opening: Promise<Queue> | undefined;
  const opened = () => (opening ??= openQueue(store, options));
  return {
    opened,
    enqueue: async (analysisId) => (await opened()).enqueue(analysisId),
    enqueueFileAnalysis: async (fileAnalysisId) => (await opened()).enqueueFileAnalysis(fileAnalysisId),
    stop: async () => {
      if (opening) await (await opening).stop();
    },
  };
}
