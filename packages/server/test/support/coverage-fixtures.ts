import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeDirectory } from '@plumb/engine';
import {
  claimAnalysis,
  insertAnalysis,
  moveAnalysis,
  storeResults,
  type Analysis,
  type ResultContext,
} from '../../src/domain/analyses/index.js';
import type { Project } from '../../src/domain/projects/index.js';
import type { Executor } from '../../src/store/index.js';

/** Reports real tools wrote, beside the sources they describe (packages/engine/test/fixtures/coverage/README.md). */
export const COVERAGE_FIXTURES = fileURLToPath(new URL('../../../engine/test/fixtures/coverage/', import.meta.url));

/** A fixture report streamed in small chunks, so records straddle chunk boundaries. */
export const coverageFixture = (name: string) => createReadStream(COVERAGE_FIXTURES + name, { highWaterMark: 4096 });

/**
 * Analyzes a fixture folder (the repository a report describes) as a completed analysis of `branch`, stored as the
 * worker stores one: its files are what reports are mapped onto.
 */
export async function analyzedFixture(
  db: Executor,
  project: Project,
  folder: string,
  branch: string,
  context: Partial<ResultContext> = {},
): Promise<Analysis> {
  const analysis = await insertAnalysis(db, project, { kind: 'branch', branch, revision: 'a'.repeat(40) });
  const claimed = (await claimAnalysis(db, analysis.id, new Date(0)))!;
  await moveAnalysis(db, analysis.id, claimed.attempt, 'in_progress');
  const result = await analyzeDirectory(COVERAGE_FIXTURES + folder, { threads: 0 });
  return storeResults(db, analysis.id, result, { attempt: claimed.attempt, defaultBranch: 'main', ...context });
}
