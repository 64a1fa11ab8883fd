import { scanTextFile } from '../secrets/scan-files.js';
import { analyzeFile } from './file-analysis.js';
import { isSourceTask, type AnalysisTask, type FileAnalysisSettings, type TaskOutcome } from './task.js';

/** Runs one task of either kind: the whole analysis of a source file, or the secret scan of a text file. */
export async function runTask(task: AnalysisTask, settings: FileAnalysisSettings): Promise<TaskOutcome> {
  if (isSourceTask(task)) return analyzeFile(task, settings);
  return { kind: 'scanned', filename: task.filename, findings: scanTextFile(task) };
}
