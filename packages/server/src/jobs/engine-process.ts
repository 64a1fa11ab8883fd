import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis as EngineAnalysis, LicensePolicy } from '@plumb/engine';
import type { EngineReply, EngineRequest } from './engine-messages.js';

/** The child's entry beside this module once built; from the sources (tests), the package's built copy. */
function engineScript(): string {
  const beside = fileURLToPath(new URL('./analyze-process.js', import.meta.url));
  return existsSync(beside) ? beside : fileURLToPath(new URL('../../dist/jobs/analyze-process.js', import.meta.url));
}

/** Why an engine run ended early. */
export class EngineStopped extends Error {
  override name = 'EngineStopped';
}

export interface EngineRunOptions {
  signal: AbortSignal;
  log: (line: string) => void;
  /** Where the engine writes its per-file results (gzipped JSON), for a later smart analysis. */
  fileResultsOut: string;
  /** A smart analysis: the earlier per-file results to take over, and the paths changed since. */
  reuse?: { previousResults: string; changed: readonly string[] };
  /** The organization's license policy, which the checkout's `.plumb.yml` `licenses:` lists replace. */
  licensePolicy?: LicensePolicy;
  /** The project's `.plumb.yml` override (its text), which the engine reads instead of the checkout's own. */
  plumbConfig?: string;
  /** The worker's warm engine processes; without them, a process of its own, ended after the run. */
  engines?: EnginePool;
}

/** A process past this size after an analysis is not kept: the next analysis starts a fresh one. */
const RETIRE_AT_BYTES = 1024 * 1024 * 1024;
/** Nor one that ran this many analyses, so that whatever it leaks stays bounded. */
const RETIRE_AFTER_RUNS = 100;

/** One engine process: its analyses run one at a time, each line it prints goes to the current analysis's log. */
export class EngineProcess {
  private readonly child: ChildProcess;
  private current: { log: (line: string) => void; done: (error?: Error) => void } | undefined;
  private pending = '';
  runs = 0;
  retire = false;
  ended = false;
  /** Whether the process said anything during its current analysis. */
  heard = false;

  constructor() {
    this.child = spawn(process.execPath, [engineScript()], {
      // The IPC channel closes when this process dies, even by SIGKILL: the engine then ends too (analyze-process).
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      // Its own process group, so a kill takes its worker threads and Ruff's process too.
      detached: true,
    });
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      this.pending += chunk;
      const lines = this.pending.split('\n');
      this.pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) this.current?.log(line);
      this.heard = true;
    });
    this.child.on('message', (reply: EngineReply) => {
      this.heard = true;
      if (reply.type === 'log') this.current?.log(reply.line);
      else {
        this.retire = reply.rssBytes > RETIRE_AT_BYTES || this.runs >= RETIRE_AFTER_RUNS;
        this.current?.done();
      }
    });
    this.child.on('error', (error) => this.end(error));
    this.child.on('close', (code, signal) => {
      if (this.pending.trim()) this.current?.log(this.pending);
      this.end(new Error(`the engine ended with ${signal ? `signal ${signal}` : `exit code ${code}`}`));
    });
    this.hold(false);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  private end(error: Error): void {
    this.ended = true;
    this.current?.done(error);
  }

  /** An idle process never keeps the worker alive (it ends with the worker anyway, when its IPC channel closes). */
  private hold(busy: boolean): void {
    if (busy) this.child.ref();
    else this.child.unref();
    const channel = (this.child as { channel?: { ref(): void; unref(): void } }).channel;
    if (busy) channel?.ref();
    else channel?.unref();
  }

  /** Runs one analysis; the signal kills the process at once (the caller replaces it). */
  async analyze(request: EngineRequest, log: (line: string) => void, signal: AbortSignal): Promise<void> {
    if (this.ended) throw new Error('the engine process has ended');
    this.runs += 1;
    this.heard = false;
    this.hold(true);
    const kill = () => this.kill();
    try {
      await new Promise<void>((resolve, reject) => {
        this.current = { log, done: (error) => (error ? reject(error) : resolve()) };
        if (signal.aborted) kill();
        signal.addEventListener('abort', kill, { once: true });
        this.child.send(request);
      });
    } catch (error) {
      if (signal.aborted) throw new EngineStopped(String(signal.reason ?? 'stopped'));
      throw error;
    } finally {
      signal.removeEventListener('abort', kill);
      this.current = undefined;
      this.hold(false);
    }
  }

  kill(): void {
    // An ended process's id may belong to another process by now.
    if (this.ended) return;
    try {
      process.kill(-this.child.pid!, 'SIGKILL');
    } catch {
      this.child.kill('SIGKILL');
    }
  }
}

/**
 * The engine processes a worker keeps warm between analyses: a run takes an idle one or starts one (lazily, on the
 * first analysis), and gives it back when the analysis completed; a process that failed, was stopped, grew past
 * its memory bound or ran many analyses is killed instead. `stop` kills them all.
 */
export class EnginePool {
  private readonly idle: EngineProcess[] = [];
  private readonly busy = new Set<EngineProcess>();
  private stopped = false;

  /** At most `keep` idle processes are kept (the worker's concurrency). */
  constructor(private readonly keep = 1) {}

  async run(request: EngineRequest, log: (line: string) => void, signal: AbortSignal): Promise<void> {
    let warm = this.idle.pop();
    while (warm?.ended) warm = this.idle.pop();
    if (warm) {
      log(`engine process warm (its analysis ${warm.runs + 1})`);
      const outcome = await this.runIn(warm, request, log, signal).then(
        () => undefined,
        (error: unknown) => ({ error }),
      );
      if (!outcome) return;
      // It died idle, unnoticed yet, and never took the request: the analysis runs in a fresh process instead.
      if (signal.aborted || warm.heard) throw outcome.error;
      log('the warm engine process had ended: starting another');
    } else log('engine process started');
    await this.runIn(new EngineProcess(), request, log, signal);
  }

  private async runIn(
    engine: EngineProcess,
    request: EngineRequest,
    log: (line: string) => void,
    signal: AbortSignal,
  ): Promise<void> {
    this.busy.add(engine);
    let kept = false;
    try {
      await engine.analyze(request, log, signal);
      kept = !this.stopped && !engine.retire && !engine.ended && this.idle.length < this.keep;
    } finally {
      this.busy.delete(engine);
      if (kept) this.idle.push(engine);
      else engine.kill();
    }
  }

  /** The idle processes' ids (tests). */
  idlePids(): (number | undefined)[] {
    return this.idle.filter((engine) => !engine.ended).map((engine) => engine.pid);
  }

  stop(): void {
    this.stopped = true;
    for (const engine of [...this.idle.splice(0), ...this.busy]) engine.kill();
  }
}

/**
 * Runs the engine on `dir` in an engine process (the pool's, else one of its own) and reads its result. The signal
 * ends it at once (SIGKILL to its process group, so its worker threads and Ruff's process go too).
 */
export async function runEngine(dir: string, options: EngineRunOptions): Promise<EngineAnalysis> {
  const scratch = await mkdtemp(path.join(tmpdir(), 'plumb-result-'));
  const out = path.join(scratch, 'result.json');
  try {
    // Beside the result, outside the checkout: the repository's own files stay as they were committed.
    const configFile = path.join(scratch, 'plumb.yml');
    if (options.plumbConfig !== undefined) await writeFile(configFile, options.plumbConfig);
    const request: EngineRequest = {
      dir,
      out,
      fileResultsOut: options.fileResultsOut,
      ...(options.reuse && { reuse: options.reuse }),
      ...(options.licensePolicy && { licensePolicy: options.licensePolicy }),
      ...(options.plumbConfig !== undefined && { configFile }),
    };
    await (options.engines ?? new EnginePool(0)).run(request, options.log, options.signal);
    return JSON.parse(await readFile(out, 'utf8')) as EngineAnalysis;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
