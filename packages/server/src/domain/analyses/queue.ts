import type { Executor } from '../../store/index.js';
import type { Project } from '../projects/index.js';
import { insertAnalysis, type Analysis, type AnalysisRequest } from './analyses.js';

/** Where analyses wait for a worker (jobs/ implements it over pg-boss); the domain only hands them over. */
export interface AnalysisQueue {
  /** Queues the analysis; queuing one already waiting or running is a no-op. */
  enqueue(analysisId: number): Promise<void>;
  /** Queues a one-file analysis (domain/file-analyses). */
  enqueueFileAnalysis(fileAnalysisId: number): Promise<void>;
}

/**
 * Records an analysis and queues it. The caller has checked the caller may ask for it. Should queuing fail, the
 * analysis stays `new` and a worker's sweep queues it again (jobs/recovery).
 */
export async function requestAnalysis(
  db: Executor,
  queue: AnalysisQueue,
  project: Project,
  request: AnalysisRequest,
): Promise<Analysis> {
  const analysis = await insertAnalysis(db, project, request);
  await queue.enqueue(analysis.id);
  return analysis;
}
