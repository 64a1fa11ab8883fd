import { Worker } from 'node:worker_threads';
import type { LanguageId } from '../languages/registry.js';
import { keepGrammarsOnBaseline, languagesOnBaseline, MIN_BYTES_FOR_TIER_UP } from '../parse/grammar-tiering.js';
import { tuneWasmTiering } from '../parse/wasm-tiering.js';
import { DEFAULT_RULE_OPTIONS } from '../rules/types.js';
import type { RuleOptions } from '../rules/types.js';
import { planBatches, taskSizes, type Batch } from './batches.js';
import { errorTypeFor } from './error-type.js';
import type { BaselineRequest, BatchReply, BatchRequest, PreloadRequest, SettingsMessage } from './messages.js';
import { adoptPrestartedThread } from './prestart.js';
import { runTask } from './run-task.js';
import { defaultThreadCount, MIN_BYTES_FOR_THREADS } from './thread-threshold.js';
import {
  DEFAULT_FILE_LIMITS,
  isSourceTask,
  type AnalysisTask,
  type FileAnalysisSettings,
  type FileLimits,
  type TaskOutcome,
} from './task.js';
import { workerScript } from './worker-script.js';

export interface PoolOptions {
  /**
   * Worker threads; 0 analyzes every file on the calling thread. Default: one per available core when the files
   * add up to `MIN_BYTES_FOR_THREADS` and the machine's load leaves cores idle (`defaultThreadCount`), else none.
   */
  threads?: number;
  limits?: FileLimits;
  /** Settings of the built-in rules. */
  rules?: RuleOptions;
  onProgress?: (done: number, total: number) => void;
}

export interface PoolRun {
  /** One outcome per task, in the order of the tasks. */
  outcomes: TaskOutcome[];
  mode: 'threads' | 'in-process';
}

type RecordOutcome = (index: number, outcome: TaskOutcome) => void;

function crashed(task: AnalysisTask, message: string): TaskOutcome {
  const type = isSourceTask(task) ? errorTypeFor(task.language) : 'Unknown';
  const error = { type, filename: task.filename, message: `worker thread failed: ${message}` } as const;
  return { kind: 'failed', filename: task.filename, language: isSourceTask(task) ? task.language : undefined, error };
}

/** The batches of one run and what is left of them. */
interface Run {
  batches: Batch[];
  next: number;
  settle: (batch: Batch, outcomes: readonly TaskOutcome[]) => void;
}

/**
 * Analysis threads that can start before the tasks are known: `expect` starts one per source file the walk
 * finds (up to the limit; by default only once the files found reach `MIN_BYTES_FOR_THREADS`) and has each load
 * the file's grammar, so threads load while the walk goes on. `run` then hands out small batches to each thread as
 * it frees up; a thread that dies fails only its batch and is replaced.
 */
export class AnalysisPool {
  private readonly live = new Set<Worker>();
  private readonly inFlight = new Map<Worker, Batch>();
  private readonly grammars = new Set<LanguageId>();
  private readonly languageBytes = new Map<LanguageId, number>();
  /** Languages whose grammars stay on the baseline compiler in this run, once known. */
  private baseline: BaselineRequest | undefined;
  private readonly settings: FileAnalysisSettings;
  private readonly threads: number;
  private readonly script: URL | undefined;
  /** Threads only for inputs of at least this many bytes (the default), or whatever the size (threads asked for). */
  private readonly minBytes: number;
  private expected = 0;
  private expectedBytes = 0;
  private running = false;
  private current: Run | undefined;

  constructor(private readonly options: PoolOptions = {}) {
    this.settings = { limits: options.limits ?? DEFAULT_FILE_LIMITS, rules: options.rules ?? DEFAULT_RULE_OPTIONS };
    this.threads = options.threads ?? defaultThreadCount();
    this.minBytes = options.threads === undefined ? MIN_BYTES_FOR_THREADS : 0;
    this.script = this.threads > 0 ? workerScript() : undefined;
    // Before any thread starts: the flag is process-wide.
    if (this.script) tuneWasmTiering();
  }

  /**
   * A source file in `language` of `bytes` is coming: once the files found are enough to pay for threads, start one
   * for it if there are fewer than files, and load its grammar. Ignored once `run` has begun.
   */
  expect(language: LanguageId, bytes = 0): void {
    if (!this.script || this.running) return;
    this.expected++;
    this.expectedBytes += bytes;
    const languageBytes = (this.languageBytes.get(language) ?? 0) + bytes;
    this.languageBytes.set(language, languageBytes);
    if (this.expectedBytes < this.minBytes) return;
    if (this.live.size < Math.min(this.threads, this.expected)) this.spawn();
    // Only grammars worth optimizing load ahead: the others wait to be told to stay on the baseline compiler.
    if (languageBytes >= MIN_BYTES_FOR_TIER_UP) this.preload(language);
  }

  private preload(language: LanguageId): void {
    if (this.grammars.has(language)) return;
    this.grammars.add(language);
    const request: PreloadRequest = { preload: language };
    for (const worker of this.live) worker.postMessage(request);
  }

  /**
   * Runs every task, on the threads, or on this thread when there are none or the tasks add up to fewer bytes than
   * pay for them; then stops the threads.
   */
  async run(tasks: readonly AnalysisTask[]): Promise<PoolRun> {
    this.running = true;
    const outcomes = new Array<TaskOutcome>(tasks.length);
    let done = 0;
    const record: RecordOutcome = (index, outcome) => {
      outcomes[index] = outcome;
      this.options.onProgress?.(++done, tasks.length);
    };
    // Threads asked for whatever the size begin loading while the files are sized.
    while (this.script && this.minBytes === 0 && this.live.size < Math.min(this.threads, tasks.length)) this.spawn();
    const sizes = await taskSizes(tasks);
    const baseline = languagesOnBaseline(
      tasks.map((task, index) => ({ language: isSourceTask(task) ? task.language : undefined, bytes: sizes[index]! })),
    );
    if (!this.script || sizes.reduce((sum, size) => sum + size, 0) < this.minBytes) {
      this.close();
      keepGrammarsOnBaseline(baseline);
      for (const [index, task] of tasks.entries()) {
        record(index, await runTask(task, this.settings));
        // Between files, the linters' reads and child processes get their turn: their work overlaps with this.
        await new Promise(setImmediate);
      }
      return { outcomes, mode: 'in-process' };
    }
    this.baseline = { baseline };
    for (const worker of this.live) worker.postMessage(this.baseline);
    try {
      if (tasks.length > 0) await this.runOnThreads(tasks, sizes, record);
    } finally {
      this.close();
    }
    return { outcomes, mode: 'threads' };
  }

  /** Stops every thread; a run in progress never settles. */
  close(): void {
    for (const worker of this.live) void worker.terminate();
    this.live.clear();
  }

  private async runOnThreads(
    tasks: readonly AnalysisTask[],
    sizes: readonly number[],
    record: RecordOutcome,
  ): Promise<void> {
    const batches = planBatches(tasks, sizes, this.threads);
    await new Promise<void>((resolve) => {
      let done = 0;
      const settle = (batch: Batch, outcomes: readonly TaskOutcome[]) => {
        outcomes.forEach((outcome, offset) => record(batch.indices[offset]!, outcome));
        done += outcomes.length;
        if (done === tasks.length) resolve();
      };
      this.current = { batches, next: 0, settle };
      // A thread that died while loading is replaced, as one that dies on a batch is.
      while (this.live.size < Math.min(this.threads, tasks.length)) this.spawn();
      for (const worker of this.live) this.dispatch(worker);
    });
    this.current = undefined;
  }

  private dispatch(worker: Worker): void {
    const run = this.current;
    const batch = run?.batches[run.next];
    if (!run || !batch) return;
    run.next++;
    this.inFlight.set(worker, batch);
    const request: BatchRequest = { batchId: batch.indices[0]!, tasks: batch.tasks };
    worker.postMessage(request);
  }

  private spawn(): Worker {
    const worker = adoptPrestartedThread() ?? new Worker(this.script!);
    worker.postMessage({ settings: this.settings } satisfies SettingsMessage);
    this.live.add(worker);
    for (const language of this.grammars) worker.postMessage({ preload: language } satisfies PreloadRequest);
    if (this.baseline) worker.postMessage(this.baseline);
    let failure = 'exited';
    worker.on('message', ({ outcomes }: BatchReply) => {
      const batch = this.inFlight.get(worker);
      if (!batch) return;
      this.inFlight.delete(worker);
      this.current?.settle(batch, outcomes);
      this.dispatch(worker);
    });
    worker.on('error', (error) => (failure = error.message));
    worker.on('exit', () => {
      if (!this.live.delete(worker)) return;
      const batch = this.inFlight.get(worker);
      if (!batch) return;
      this.inFlight.delete(worker);
      const run = this.current;
      if (run && run.next < run.batches.length) this.dispatch(this.spawn());
      run?.settle(
        batch,
        batch.tasks.map((task) => crashed(task, failure)),
      );
    });
    return worker;
  }
}

/**
 * Analyzes files over worker threads (the compiled worker), or on this thread when there is none, `threads` is 0, or
 * (by default) the files are too few bytes to pay for threads.
 */
export async function analyzeFiles(tasks: readonly AnalysisTask[], options: PoolOptions = {}): Promise<PoolRun> {
  return new AnalysisPool(options).run(tasks);
}
