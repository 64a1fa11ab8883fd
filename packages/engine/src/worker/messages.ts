import type { LanguageId } from '../languages/registry.js';
import type { AnalysisTask, FileAnalysisSettings, TaskOutcome } from './task.js';

/** The first message a pool sends each thread it starts or adopts: how to analyze files. */
export interface SettingsMessage {
  settings: FileAnalysisSettings;
}

export interface BatchRequest {
  batchId: number;
  tasks: AnalysisTask[];
}

/** Load a grammar now, before the first file in its language arrives. */
export interface PreloadRequest {
  preload: LanguageId;
}

/** Sent before the first batch: the languages with too few bytes in this analysis to optimize their grammars. */
export interface BaselineRequest {
  baseline: LanguageId[];
}

export interface BatchReply {
  batchId: number;
  outcomes: TaskOutcome[];
}

/** The buffers of an outcome that can move to the other thread without a copy. */
export function transferables(outcomes: readonly TaskOutcome[]): ArrayBuffer[] {
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
