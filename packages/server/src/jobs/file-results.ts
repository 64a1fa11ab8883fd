// Each analysis's per-file results, kept on the worker's disk for the next smart analysis of the project.
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Analyses per project whose per-file results are kept: the latest, and a few for branches analyzed beside it. */
const KEPT_PER_PROJECT = 4;
const NAME = /^(\d+)\.json\.gz$/;

const projectDir = (dataDir: string, projectUuid: string) => path.join(dataDir, 'file-results', projectUuid);

/** Where the analysis's per-file results are (gzipped JSON, the engine's `FileResults`). */
export function fileResultsPath(dataDir: string, projectUuid: string, analysisId: number): string {
  return path.join(projectDir(dataDir, projectUuid), `${analysisId}.json.gz`);
}

/** Where the engine writes them while the analysis runs; `keepFileResults` moves them into place once stored. */
export async function pendingFileResultsPath(dataDir: string, projectUuid: string, analysisId: number) {
  await mkdir(projectDir(dataDir, projectUuid), { recursive: true });
  return `${fileResultsPath(dataDir, projectUuid, analysisId)}.partial`;
}

/** Keeps the stored analysis's results and removes the project's oldest beyond the few kept. */
export async function keepFileResults(dataDir: string, projectUuid: string, analysisId: number): Promise<void> {
  const final = fileResultsPath(dataDir, projectUuid, analysisId);
  await rename(`${final}.partial`, final);
  const dir = projectDir(dataDir, projectUuid);
  const ids = (await readdir(dir))
    .map((name) => NAME.exec(name)?.[1])
    .filter((id): id is string => id !== undefined)
    .map(Number)
    .sort((a, b) => b - a);
  for (const old of ids.slice(KEPT_PER_PROJECT)) await rm(fileResultsPath(dataDir, projectUuid, old), { force: true });
}

/** Drops what an analysis that did not complete wrote. */
export async function dropPendingFileResults(dataDir: string, projectUuid: string, analysisId: number) {
  await rm(`${fileResultsPath(dataDir, projectUuid, analysisId)}.partial`, { force: true });
}
