import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { tuneWasmTiering } from '../parse/wasm-tiering.js';
import { workerScript } from './worker-script.js';

/** Threads started ahead of any analysis, waiting for a pool to adopt them. */
const warm: Worker[] = [];

/**
 * Starts analysis threads now, so they load their modules while the caller is still loading the engine (a
 * quarter of a second that would otherwise pass before the first file is parsed). The next pool adopts them.
 * Unadopted threads do not keep the process alive. Returns how many were started (none when not built).
 */
export function prestartAnalysisThreads(count = availableParallelism()): number {
  const script = workerScript();
  if (!script) return 0;
  // As the pool does before its threads start: the flag is process-wide and these threads compile at once.
  tuneWasmTiering();
  for (let i = warm.length; i < count; i++) {
    const worker = new Worker(script);
    worker.unref();
    // One that dies while waiting is simply not adopted.
    worker.once('exit', () => {
      const index = warm.indexOf(worker);
      if (index >= 0) warm.splice(index, 1);
    });
    worker.on('error', () => undefined);
    warm.push(worker);
  }
  return warm.length;
}

/** A prestarted thread for a pool to use, if any is waiting. */
export function adoptPrestartedThread(): Worker | undefined {
  const worker = warm.shift();
  if (!worker) return undefined;
  worker.removeAllListeners();
  worker.ref();
  return worker;
}
