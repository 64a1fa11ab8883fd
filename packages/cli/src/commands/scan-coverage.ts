import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type * as EngineModule from '@plumb/engine';
import { UsageError } from '../usage-error.js';

/** A coverage report as the upload carries it (docs/api/scanner.md): its format, read here, and its text. */
export interface CoverageEntry {
  format: string;
  report: string;
}

/**
 * Reads each `--coverage FILE` and parses it with the engine, as the server will: a missing file, one past 25 MiB or
 * one the engine refuses is a usage error naming the file, before anything is analyzed or uploaded.
 */
export async function readCoverageFiles(
  engine: typeof EngineModule,
  files: readonly string[],
): Promise<CoverageEntry[]> {
  const entries: CoverageEntry[] = [];
  for (const file of files) {
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) throw new UsageError(`--coverage ${file}: no such file`);
    const report = await engine.parseCoverage(createReadStream(file)).catch((error: unknown) => {
      throw error instanceof engine.CoverageError ? new UsageError(`--coverage ${file}: ${error.message}`) : error;
    });
    entries.push({ format: report.format, report: await readFile(file, 'utf8') });
  }
  return entries;
}

/** A server refusal of `coverage[i]…` named by the file it came from, as the user gave it. */
export function namingCoverageFile(message: string, files: readonly string[]): string {
  return message.replace(/^coverage\[(\d+)\](?:\.\w+)?:/, (whole, index: string) =>
    files[Number(index)] === undefined ? whole : `--coverage ${files[Number(index)]}:`,
  );
}
