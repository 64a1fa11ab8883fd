import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { errorTypeFor } from './error-type.js';
import { analyzeFile } from './file-analysis.js';
import { planBatches, type Batch } from './batches.js';
import type { BatchReply, BatchRequest, WorkerInit } from './messages.js';
import { DEFAULT_RULE_OPTIONS } from '../rules/types.js';
import type { RuleOptions } from '../rules/types.js';
import { DEFAULT_FILE_LIMITS, type FileAnalysisSettings, type FileLimits, type FileOutcome, type FileTask } from './task.js';
import { workerScript } from './worker-script.js';

export interface PoolOptions {
  /** Worker threads; 0 analyzes every file on the calling thread. Default: one per available core. */
  threads?: number;
  limits?: FileLimits;
  /** Settings of the built-in rules. */
  rules?: RuleOptions;
  onProgress?: (done: number, total: number) => void;
}

export interface PoolRun {
  /** One outcome per task, in the order of the tasks. */
  outcomes: FileOutcome[];
  mode: 'threads' | 'in-process';
}

type RecordOutcome = (index: number, outcome: FileOutcome) => void;

async function runInProcess(tasks: readonly FileTask[], settings: FileAnalysisSettings, record: RecordOutcome): Promise<void> {
  for (const [index, task] of tasks.entries()) record(index, await analyzeFile(task, settings));
}

function crashed(task: FileTask, message: string): FileOutcome {
  const error = { type: errorTypeFor(task.language), filename: task.filename, message: `worker thread failed: ${message}` };
  return { kind: 'failed', filename: task.filename, error };
}

/** Hands out small batches to each thread as it frees up; a thread that dies fails only its batch and is replaced. */
function runOnThreads(script: URL, tasks: readonly FileTask[], threads: number, init: WorkerInit, record: RecordOutcome): Promise<void> {
  // Threads start loading while the files are sized, which takes them longer.
  const planned = planBatches(tasks, threads);
  return new Promise((resolve, reject) => {
    const inFlight = new Map<Worker, Batch>();
    const live = new Set<Worker>();
    let batches: Batch[] = [];
    let next = 0;
    let done = 0;
    const settle = (batch: Batch, outcomes: readonly FileOutcome[]) => {
      outcomes.forEach((outcome, offset) => record(batch.indices[offset]!, outcome));
      done += outcomes.length;
      if (done === tasks.length) {
        for (const worker of live) void worker.terminate();
        resolve();
      }
    };
    const dispatch = (worker: Worker) => {
      const batch = batches[next];
      if (!batch) return;
      next++;
      inFlight.set(worker, batch);
      const request: BatchRequest = { batchId: batch.indices[0]!, tasks: batch.tasks };
      worker.postMessage(request);
    };
    const spawn = () => {
      const worker = new Worker(script, { workerData: init });
      live.add(worker);
      let failure = 'exited';
      worker.on('message', ({ outcomes }: BatchReply) => {
        const batch = inFlight.get(worker);
        if (!batch) return;
        inFlight.delete(worker);
        settle(batch, outcomes);
        dispatch(worker);
      });
      worker.on('error', (error) => (failure = error.message));
      worker.on('exit', () => {
        live.delete(worker);
        const batch = inFlight.get(worker);
        if (!batch) return;
        inFlight.delete(worker);
        if (next < batches.length) spawn();
        settle(batch, batch.tasks.map((task) => crashed(task, failure)));
      });
      return worker;
    };
    const workers = Array.from({ length: Math.min(threads, tasks.length) }, spawn);
    planned.then((plan) => {
      batches = plan;
      // A thread that died while loading is replaced, as one that dies on a batch is.
      for (const worker of workers) dispatch(live.has(worker) ? worker : spawn());
    }, reject);
  });
}

/** Analyzes files over worker threads (the compiled worker), or on this thread when there is none or `threads` is 0. */
export async function analyzeFiles(tasks: readonly FileTask[], options: PoolOptions = {}): Promise<PoolRun> {
  const settings: FileAnalysisSettings = { limits: options.limits ?? DEFAULT_FILE_LIMITS, rules: options.rules ?? DEFAULT_RULE_OPTIONS };
  const outcomes = new Array<FileOutcome>(tasks.length);
  let done = 0;
  const record: RecordOutcome = (index, outcome) => {
    outcomes[index] = outcome;
    options.onProgress?.(++done, tasks.length);
  };
  const threads = options.threads ?? availableParallelism();
  const script = threads > 0 ? workerScript() : undefined;
  if (tasks.length === 0) return { outcomes, mode: script ? 'threads' : 'in-process' };
  if (!script) {
    await runInProcess(tasks, settings, record);
    return { outcomes, mode: 'in-process' };
  }
  await runOnThreads(script, tasks, threads, settings, record);
  return { outcomes, mode: 'threads' };
}
