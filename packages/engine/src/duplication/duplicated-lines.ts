import type { CloneClass } from './types.js';

/** Lines inside at least one occurrence of any class, each counted once per file, in total and per file. */
export function duplicatedLines(classes: readonly CloneClass[]): { total: number; byFile: Map<string, number> } {
  const linesByFile = new Map<string, Set<number>>();
  for (const cloneClass of classes) {
    for (const occurrence of cloneClass.occurrences) {
      let lines = linesByFile.get(occurrence.filename);
      if (!lines) {
        lines = new Set();
        linesByFile.set(occurrence.filename, lines);
      }
      for (let line = occurrence.line; line <= occurrence.lineEnd; line++) lines.add(line);
    }
  }
  const byFile = new Map<string, number>();
  let total = 0;
  for (const [filename, lines] of [...linesByFile].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    byFile.set(filename, lines.size);
    total += lines.size;
  }
  return { total, byFile };
}
