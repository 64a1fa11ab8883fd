import type * as EngineModule from '@plumb/engine';
import type { Analysis } from '@plumb/engine';
import { prestartAnalysisThreads } from '@plumb/engine/prestart';
import { UsageError } from '../usage-error.js';
import { progressBar } from './analyze-progress.js';

/** The engine options `plumb analyze` and `plumb scan` share. */
export interface LocalAnalysisFlags {
  config?: string;
  threads?: number;
  importSarif: string[];
  linters: boolean;
}

/**
 * Runs the engine on DIR as `plumb analyze` and `plumb scan` do: threads asked for start loading while the engine
 * loads, a progress bar on a TTY, and bad input (the directory, the configuration, a SARIF file) as a usage error.
 */
export async function analyzeLocally(
  dir: string,
  flags: LocalAnalysisFlags,
): Promise<{ engine: typeof EngineModule; analysis: Analysis }> {
  if (flags.threads !== undefined && flags.threads > 0) prestartAnalysisThreads(flags.threads);
  const engine = await import('@plumb/engine');
  const progress = progressBar();
  try {
    const analysis = await engine.analyzeDirectory(dir, {
      configFile: flags.config,
      threads: flags.threads,
      sarifFiles: flags.importSarif,
      linters: flags.linters,
      onProgress: progress.update,
    });
    return { engine, analysis };
  } catch (error) {
    if (error instanceof engine.AnalysisInputError || error instanceof engine.ConfigError)
      throw new UsageError(error.message);
    throw error;
  } finally {
    progress.clear();
  }
}
