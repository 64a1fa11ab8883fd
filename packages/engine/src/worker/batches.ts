import { stat } from 'node:fs/promises';
import type { AnalysisTask } from './task.js';

/** Some tasks for one thread, each with its index in the caller's list. */
export interface Batch {
  indices: number[];
  tasks: AnalysisTask[];
}

const MAX_BATCH_FILES = 16;
/** Batches this much smaller than a thread's share keep the threads finishing together. */
const BATCHES_PER_THREAD = 16;

/** The size in bytes of each task's file; a file that cannot be stat'ed counts as empty: reading it will report why. */
export function taskSizes(tasks: readonly AnalysisTask[]): Promise<number[]> {
  return Promise.all(tasks.map(async (task) => (await stat(task.absolutePath).catch(() => undefined))?.size ?? 0));
}

/**
 * Cuts the tasks into batches, largest files first (a big file handed out last would leave one thread working
 * alone), each batch at most 16 files and about 1/16 of a thread's share of the bytes.
 */
export function planBatches(tasks: readonly AnalysisTask[], sizes: readonly number[], threads: number): Batch[] {
  const order = tasks.map((_, index) => index).sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const target = total / (Math.max(1, threads) * BATCHES_PER_THREAD);
  const batches: Batch[] = [];
  let current: Batch = { indices: [], tasks: [] };
  let bytes = 0;
  for (const index of order) {
    current.indices.push(index);
    current.tasks.push(tasks[index]!);
    bytes += sizes[index]!;
    if (bytes >= target || current.tasks.length === MAX_BATCH_FILES) {
      batches.push(current);
      current = { indices: [], tasks: [] };
      bytes = 0;
    }
  }
  if (current.tasks.length > 0) batches.push(current);
  return batches;
}
