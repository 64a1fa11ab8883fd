import type { CloneClass, CloneOccurrence } from './types.js';

const within = (inner: CloneOccurrence, outer: CloneOccurrence): boolean =>
  inner.filename === outer.filename && inner.line >= outer.line && inner.lineEnd <= outer.lineEnd;

/** Every occurrence of `inner` lies, line for line, inside some occurrence of `outer`. */
const covers = (outer: CloneClass, inner: CloneClass): boolean =>
  inner.occurrences.every((occurrence) => outer.occurrences.some((place) => within(occurrence, place)));

/**
 * Drops each class whose occurrences all lie within the lines of another class's occurrences, when that other
 * class is found in more places, or in as many on wider lines (on the very same lines, the one listed first stays).
 * Token matching finds such pairs where similar code repeats (a longer match among three table rows, a shorter one
 * among five, on the same lines): to a reader they are one duplicate reported twice, with a finding twice on the same
 * lines. `classes` is in report order; the order is kept.
 */
export function dropCoveredClasses(classes: readonly CloneClass[]): CloneClass[] {
  const byFile = new Map<string, number[]>();
  classes.forEach((clone, index) => {
    for (const filename of new Set(clone.occurrences.map((occurrence) => occurrence.filename))) {
      const list = byFile.get(filename) ?? [];
      list.push(index);
      byFile.set(filename, list);
    }
  });
  return classes.filter((clone, index) => {
    const rivals = byFile.get(clone.occurrences[0]?.filename ?? '') ?? [];
    return !rivals.some((rival) => {
      if (rival === index) return false;
      const other = classes[rival]!;
      if (other.occurrences.length < clone.occurrences.length || !covers(other, clone)) return false;
      // As many places: the wider lines win; on the very same lines, the class listed first.
      return other.occurrences.length > clone.occurrences.length || rival < index || !covers(clone, other);
    });
  });
}
