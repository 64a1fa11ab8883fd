import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { errorTypeFor } from './error-type.js';
import { analyzeFile } from './file-analysis.js';
import type { BatchReply, WorkerInit } from './messages.js';
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

interface Batch {
  start: number;
  tasks: FileTask[];
}

function crashed(task: FileTask, message: string): FileOutcome {
  const error = { type: errorTypeFor(task.language), filename: task.filename, message: `worker thread failed: ${message}` };
  return { kind: 'failed', filename: task.filename, error };
}

/** Hands out small batches to each thread as it frees up; a thread that dies fails only its batch and is replaced. */
function runOnThreads(script: URL, tasks: readonly FileTask[], threads: number, init: WorkerInit, record: RecordOutcome): Promise<void> {
  const batchSize = Math.max(1, Math.min(16, Math.ceil(tasks.length / (threads * 8))));
  return new Promise((resolve) => {
    const inFlight = new Map<Worker, Batch>();
    const live = new Set<Worker>();
    let next = 0;
    let done = 0;
    const settle = (start: number, outcomes: readonly FileOutcome[]) => {
      outcomes.forEach((outcome, offset) => record(start + offset, outcome));
      done += outcomes.length;
      if (done === tasks.length) {
        for (const worker of live) void worker.terminate();
        resolve();
      }
    };
    const dispatch = (worker: Worker) => {
      if (next >= tasks.length) return;
      const batch = { start: next, tasks: tasks.slice(next, next + batchSize) };
      next += batch.tasks.length;
      inFlight.set(worker, batch);
      worker.postMessage({ batchId: batch.start, tasks: batch.tasks });
    };
    const spawn = () => {
      const worker = new Worker(script, { workerData: init });
      live.add(worker);
      let failure = 'exited';
      worker.on('message', ({ outcomes }: BatchReply) => {
        const batch = inFlight.get(worker);
        if (!batch) return;
        inFlight.delete(worker);
        settle(batch.start, outcomes);
        dispatch(worker);
      });
      worker.on('error', (error) => (failure = error.message));
      worker.on('exit', () => {
        live.delete(worker);
        const batch = inFlight.get(worker);
        if (!batch) return;
        inFlight.delete(worker);
        if (next < tasks.length) spawn();
        settle(batch.start, batch.tasks.map((task) => crashed(task, failure)));
      });
      dispatch(worker);
    };
    for (let i = 0; i < Math.min(threads, tasks.length); i++) spawn();
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
