import { availableParallelism, loadavg } from 'node:os';

/**
 * Below this many bytes of files to analyze, the default pool works on the calling thread: each thread pays again
 * for loading the engine, compiling the grammars and warming up V8, which costs more than it saves on small inputs.
 * Measured on redis and flask in docs/benchmarks.md ("When threads pay").
 */
export const MIN_BYTES_FOR_THREADS = 2_000_000;

/**
 * From this 1-minute load average per core on, the default pool works on the calling thread too: no core is idle
 * to take a thread, so its extra start-up is all that threads add. Measured on 2 cores in docs/benchmarks.md ("A pool
 * sized to idle cores"): threads won at a load of 1.2–1.35 per core and lost at 2.5 and more.
 */
export const MAX_LOAD_PER_CORE_FOR_THREADS = 2;

/** The default number of threads: one per core, or none on a machine already this busy (Windows reports no load). */
export function defaultThreadCount(cores = availableParallelism(), load = loadavg()[0] ?? 0): number {
  return load >= cores * MAX_LOAD_PER_CORE_FOR_THREADS ? 0 : cores;
}
