import type { PlumbConfig } from '../config/schema.js';
import { duplicatedLines } from '../duplication/index.js';
import type { CloneClass } from '../duplication/types.js';
import type { Analysis, AnalysisError } from '../model.js';
import type { AnalyzedFile } from '../worker/task.js';
import { toDuplicates } from './duplicates.js';
import { languageStats, summarizeFiles } from './files.js';
import { collectFunctions, complexFunctions, longFunctions } from './functions.js';
import { compareText } from './order.js';
import { buildSummary } from './summary.js';
import { buildTree } from './tree.js';

export interface AnalysisParts {
  files: readonly AnalyzedFile[];
  errors: readonly AnalysisError[];
  clones: readonly CloneClass[];
  config: PlumbConfig;
  startTimestamp: number;
  runningTimeSeconds: number;
}

/** Aggregates per-file results into the one Analysis document, every list in a fixed order. */
export function buildAnalysis(parts: AnalysisParts): Analysis {
  const { config } = parts;
  const duplicated = duplicatedLines(parts.clones);
  const files = summarizeFiles(parts.files, duplicated.byFile);
  const functions = collectFunctions(parts.files);
  const duplicates = toDuplicates(parts.clones);
  const complex = complexFunctions(functions, config.thresholds);
  const long = longFunctions(functions, config.thresholds);
  const slocs = files.reduce((total, file) => total + file.code, 0);
  return {
    status: 'Done',
    startTimestamp: parts.startTimestamp,
    runningTimeSeconds: parts.runningTimeSeconds,
    thresholds: { ...config.thresholds, ...config.duplication },
    summary: buildSummary({
      slocs,
      duplicatedLines: duplicated.total,
      duplicates: duplicates.length,
      totalFunctions: functions.length,
      complexFunctions: complex,
      longFunctions: long,
    }),
    slocs,
    stats: languageStats(files),
    errors: [...parts.errors].sort((a, b) => compareText(a.filename, b.filename) || compareText(a.type, b.type)),
    tree: buildTree(files, functions, duplicates, config.thresholds),
    duplicates,
    complexFunctions: complex,
    longFunctions: long,
    files,
    functions,
    violations: [],
  };
}
