import type { AnalysisFunction } from '@plumb/engine';

/** A function as compared across analyses: found by file and name, changed when its measures differ. */
export type ComparedFunction = Pick<
  AnalysisFunction,
  'filename' | 'functionName' | 'complexity' | 'length' | 'nbParameters'
>;

export interface ElementsDiff {
  added: Set<AnalysisFunction>;
  common: number;
  changed: number;
  removed: number;
}

/**
 * Scrutinizer's code elements (Plumb's are functions) compared with the base analysis: by file and name, namesakes
 * paired in order; a pair is changed when its length, complexity or parameters differ.
 */
export function compareFunctions(
  base: readonly ComparedFunction[],
  current: readonly AnalysisFunction[],
): ElementsDiff {
  const waiting = new Map<string, ComparedFunction[]>();
  for (const fn of base) {
    const key = `${fn.filename}\0${fn.functionName}`;
    const list = waiting.get(key);
    if (list) list.push(fn);
    else waiting.set(key, [fn]);
  }
  const diff: ElementsDiff = { added: new Set(), common: 0, changed: 0, removed: 0 };
  for (const fn of current) {
    const previous = waiting.get(`${fn.filename}\0${fn.functionName}`)?.shift();
    if (!previous) diff.added.add(fn);
    else if (
      previous.length === fn.length &&
      previous.complexity === fn.complexity &&
      previous.nbParameters === fn.nbParameters
    )
      diff.common += 1;
    else diff.changed += 1;
  }
  for (const list of waiting.values()) diff.removed += list.length;
  return diff;
}
