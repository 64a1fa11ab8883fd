// A completed analysis of files written to a temporary directory: a real engine run, stored as a worker stores it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeDirectory, fromViolation, type Finding } from '@plumb/engine';
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
  return (await storeEngineFindings(db, project, files, request, context)).analysis;
}

/** storeEngineAnalysis, answering the engine's findings too: what a test computes its expectations from. */
export async function storeEngineFindings(
  db: Executor,
  project: Project,
  files: Record<string, string>,
  request: AnalysisRequest,
  context: Omit<ResultContext, 'attempt'> = { defaultBranch: project.defaultBranch },
): Promise<{ analysis: Analysis; findings: Finding[] }> {
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
    const stored = await storeResults(db, analysis.id, result, { ...context, attempt: claimed.attempt });
    return { analysis: stored, findings: result.violations.map(fromViolation) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
