import type { FunctionThresholds } from '../metrics/functions/index.js';
import { isComplexFunction, isLongFunction } from '../metrics/functions/index.js';
import type { Violation } from '../findings/violation.js';
import type { AnalysisFunction, AnalysisNode, Duplicate, FileSummary } from '../model.js';
import { compareText } from '../order.js';

/** The directories holding a path, outermost first: `a/b/c.ts` → `a`, `a/b`. */
function ancestors(filename: string): string[] {
  const parts = filename.split('/');
  return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('/'));
}

function emptyNode(fullPath: string, isFile: boolean): AnalysisNode {
  const name = fullPath.slice(fullPath.lastIndexOf('/') + 1);
  return {
    name,
    isFile,
    fullPath,
    violations: 0,
    duplicates: 0,
    violationsPerLanguage: [],
    complexFunctions: 0,
    longFunctions: 0,
    totalFunctions: 0,
  };
}

/**
 * Codiga's AnalysisNode for every analyzed file and every directory above one, sorted by fullPath.
 * A node's `duplicates` counts the clone classes with an occurrence inside it; `violations` the violations
 * inside it, also per language.
 */
export function buildTree(
  files: readonly FileSummary[],
  functions: readonly AnalysisFunction[],
  duplicates: readonly Duplicate[],
  thresholds: FunctionThresholds,
  violations: readonly Violation[] = [],
): AnalysisNode[] {
  const nodes = new Map<string, AnalysisNode>();
  const nodesOf = (filename: string): AnalysisNode[] =>
    [...ancestors(filename), filename].flatMap((fullPath) => nodes.get(fullPath) ?? []);
  for (const file of files) {
    for (const directory of ancestors(file.filename))
      if (!nodes.has(directory)) nodes.set(directory, emptyNode(directory, false));
    nodes.set(file.filename, emptyNode(file.filename, true));
  }
  for (const fn of functions) {
    for (const node of nodesOf(fn.filename)) {
      node.totalFunctions++;
      if (isComplexFunction(fn, thresholds)) node.complexFunctions++;
      if (isLongFunction(fn, thresholds)) node.longFunctions++;
    }
  }
  for (const duplicate of duplicates) {
    const touched = new Set(duplicate.occurrences.flatMap(({ filename }) => nodesOf(filename)));
    for (const node of touched) node.duplicates++;
  }
  for (const violation of violations) {
    for (const node of nodesOf(violation.filename)) {
      node.violations++;
      if (!violation.language) continue;
      const entry = node.violationsPerLanguage.find((counted) => counted.language === violation.language);
      if (entry) entry.violations++;
      else node.violationsPerLanguage.push({ language: violation.language, violations: 1 });
    }
  }
  for (const node of nodes.values()) node.violationsPerLanguage.sort((a, b) => compareText(a.language, b.language));
  return [...nodes.values()].sort((a, b) => compareText(a.fullPath, b.fullPath));
}
