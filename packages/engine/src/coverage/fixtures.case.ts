import { createReadStream, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FileCoverage } from './model.js';

/** The reports real tools wrote, with their sources (packages/engine/test/fixtures/coverage/README.md). */
export const FIXTURES = fileURLToPath(new URL('../../test/fixtures/coverage/', import.meta.url));

/** A fixture streamed in chunks of `size` bytes, so tokens straddle chunk boundaries. */
export const fixtureStream = (name: string, size = 64 * 1024) =>
  createReadStream(FIXTURES + name, { highWaterMark: size });

/** Every file under a fixture folder, relative to it: the repository a report is mapped onto. */
export const fixtureFiles = (folder: string): string[] =>
  readdirSync(FIXTURES + folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `${entry.parentPath}/${entry.name}`.slice(FIXTURES.length + folder.length + 1))
    .sort();

/** A file's coverage as rows, easy to compare and read in a failure. */
export const rows = (file: FileCoverage) =>
  Array.from(file.lines, (line, i) => ({
    line,
    hits: file.hits[i],
    branches: file.branches[i],
    coveredBranches: file.coveredBranches[i],
  }));

/** Text as an iterable of chunks of `size` characters. */
export function* chunksOf(text: string, size: number): Generator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}
