import type { FileAnalysisSettings, FileOutcome, FileTask } from './task.js';

export type WorkerInit = FileAnalysisSettings;

export interface BatchRequest {
  batchId: number;
  tasks: FileTask[];
}

export interface BatchReply {
  batchId: number;
  outcomes: FileOutcome[];
}

/** The buffers of an outcome that can move to the other thread without a copy. */
export function transferables(outcomes: readonly FileOutcome[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const outcome of outcomes) {
    if (outcome.kind !== 'analyzed') continue;
    const { normalized, exact, lines } = outcome.tokens;
    for (const array of [normalized, exact, lines]) {
      if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
    }
  }
  return [...buffers];
}
