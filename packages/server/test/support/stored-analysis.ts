// A completed analysis of files written to a temporary directory: a real engine run, stored as a worker stores it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeDirectory } from '@plumb/engine';
import {
  claimAnalysis,
  insertAnalysis,
  moveAnalysis,
  storeResults,
  type Analysis,
  type AnalysisRequest,
  type ResultContext,
} from '../../src/domain/analyses/index.js';
import type { Project } from '../../src/domain/projects/index.js';
import type { Executor } from '../../src/store/index.js';

/** Analyzes `files` with the engine as the analysis `request` asks, and stores the result; answers the analysis. */
export async function storeEngineAnalysis(
  db: Executor,
  project: Project,
  files: Record<string, string>,
  request: AnalysisRequest,
  context: Omit<ResultContext, 'attempt'> = { defaultBranch: project.defaultBranch },
): Promise<Analysis> {
  const dir = await mkdtemp(path.join(tmpdir(), 'plumb-stored-analysis-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
    const analysis = await insertAnalysis(db, project, request);
    const claimed = await claimAnalysis(db, analysis.id, new Date(0));
    if (!claimed || !(await moveAnalysis(db, analysis.id, claimed.attempt, 'in_progress')))
      throw new Error(`analysis ${analysis.id} could not be started`);
    const result = await analyzeDirectory(dir, { threads: 0 });
    return await storeResults(db, analysis.id, result, { ...context, attempt: claimed.attempt });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
