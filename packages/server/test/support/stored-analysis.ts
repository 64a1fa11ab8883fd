// A completed analysis of files written to a temporary directory: a real engine run, stored as a worker stores it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzeDirectory, fromViolation, type Analysis as EngineAnalysis, type Finding } from '@plumb/engine';
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

/** The engine's analysis of `files`, written to a temporary directory. */
export async function analyzeFiles(files: Record<string, string>): Promise<EngineAnalysis> {
  const dir = await mkdtemp(path.join(tmpdir(), 'plumb-stored-analysis-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
    return await analyzeDirectory(dir, { threads: 0 });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A new analysis of the project as `request` asks, taken by a worker: the attempt that may store its result. */
async function startAnalysis(db: Executor, project: Project, request: AnalysisRequest) {
  const analysis = await insertAnalysis(db, project, request);
  const claimed = await claimAnalysis(db, analysis.id, new Date(0));
  if (!claimed || !(await moveAnalysis(db, analysis.id, claimed.attempt, 'in_progress')))
    throw new Error(`analysis ${analysis.id} could not be started`);
  return { analysis, attempt: claimed.attempt };
}

/** Stores an engine result as the worker stores it, for a new analysis of the project as `request` asks. */
export async function storeAnalysisResult(
  db: Executor,
  project: Project,
  result: EngineAnalysis,
  request: AnalysisRequest,
  context: Omit<ResultContext, 'attempt'> = { defaultBranch: project.defaultBranch },
): Promise<Analysis> {
  const { analysis, attempt } = await startAnalysis(db, project, request);
  return storeResults(db, analysis.id, result, { ...context, attempt });
}

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
  // Started before the engine runs, as a worker finds it.
  const { analysis, attempt } = await startAnalysis(db, project, request);
  const result = await analyzeFiles(files);
  const stored = await storeResults(db, analysis.id, result, { ...context, attempt });
  return { analysis: stored, findings: result.violations.map(fromViolation) };
}
