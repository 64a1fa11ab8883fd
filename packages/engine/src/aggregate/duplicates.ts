import type { CloneClass } from '../duplication/types.js';
import type { Duplicate } from '../model.js';
import { compareText } from '../order.js';

const byPlace = (a: { filename: string; line: number }, b: { filename: string; line: number }) =>
  compareText(a.filename, b.filename) || a.line - b.line;

/** Clone classes as Codiga's Duplicates: biggest first, occurrences by place, ids numbered from 1 in that order. */
export function toDuplicates(classes: readonly CloneClass[]): Duplicate[] {
  const sorted = classes
    .map((clone) => ({
      clone,
      occurrences: clone.occurrences.map(({ filename, line, lineEnd }) => ({ filename, line, lineEnd })).sort(byPlace),
    }))
    .sort(
      (a, b) =>
        b.clone.lineCount - a.clone.lineCount ||
        b.clone.tokenCount - a.clone.tokenCount ||
        b.occurrences.length - a.occurrences.length ||
        byPlace(
          a.occurrences[0] ?? { filename: '', line: 0, lineEnd: 0 },
          b.occurrences[0] ?? { filename: '', line: 0, lineEnd: 0 },
        ),
    );
  return sorted.map(({ clone, occurrences }, index) => ({
    id: index + 1,
    lineCount: clone.lineCount,
    tokenCount: clone.tokenCount,
    kind: clone.kind,
    code: clone.code,
    occurrences,
  }));
}
