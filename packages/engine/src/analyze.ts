import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from './config/load.js';
import type { PlumbConfig } from './config/schema.js';
import { findClones } from './duplication/index.js';
import type { CloneClass } from './duplication/types.js';
import type { Analysis, AnalysisError } from './model.js';
import { buildAnalysis } from './report/analysis.js';
import { walkSourceFiles } from './walk/walker.js';
import { analyzeFiles } from './worker/pool.js';
import type { AnalyzedFile, FileLimits } from './worker/task.js';

export interface AnalyzeOptions {
  /** A configuration file to use instead of `DIR/.plumb.yml`. */
  configFile?: string;
  /** A configuration already loaded; wins over `configFile`. */
  config?: PlumbConfig;
  /** Worker threads (default: one per core; 0 = on this thread). */
  threads?: number;
  limits?: FileLimits;
  /** Called after each file is analyzed. */
  onProgress?: (done: number, total: number) => void;
}

/** A directory to analyze that does not exist or is not a directory. */
export class AnalysisInputError extends Error {
  override name = 'AnalysisInputError';
}

async function assertDirectory(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new AnalysisInputError(`directory not found: ${dir}`);
  if (!info.isDirectory()) throw new AnalysisInputError(`not a directory: ${dir}`);
}

function detectClones(dir: string, files: readonly AnalyzedFile[], config: PlumbConfig, errors: AnalysisError[]): CloneClass[] {
  try {
    return findClones(files.map((file) => file.tokens), config.duplication, (filename) => readFileSync(path.join(dir, filename), 'utf8'));
  } catch (error) {
    errors.push({ type: 'DuplicationFindError', filename: '', message: (error as Error).message });
    return [];
  }
}

/** The pipeline: walk → read and parse each file once on a worker → sloc, functions, clone tokens → aggregate. */
export async function analyzeDirectory(dir: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  const startTimestamp = Date.now();
  const root = path.resolve(dir);
  await assertDirectory(root);
  const config = options.config ?? (await loadConfig(root, options.configFile));
  const sources = await walkSourceFiles(root, { exclude: config.exclude });
  const { outcomes } = await analyzeFiles(sources, { threads: options.threads, limits: options.limits, onProgress: options.onProgress });
  const files: AnalyzedFile[] = [];
  const errors: AnalysisError[] = [];
  for (const outcome of outcomes) {
    if (outcome.kind === 'analyzed') files.push(outcome);
    else if (outcome.kind === 'failed') errors.push(outcome.error);
  }
  const clones = detectClones(root, files, config, errors);
  const runningTimeSeconds = Math.round((Date.now() - startTimestamp) / 1000);
  return buildAnalysis({ files, errors, clones, config, startTimestamp, runningTimeSeconds });
}
