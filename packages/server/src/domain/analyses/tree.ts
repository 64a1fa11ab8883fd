import type { AnalysisNode } from '@plumb/engine';
import type { Index } from './indices.js';

/**
 * The immediate children of a directory in an index's tree (every file and directory, as the engine stored it):
 * the top level for no prefix, '' or '/'; a prefix names a directory with or without its slashes.
 */
export function treeChildren(index: Pick<Index, 'tree'>, prefix: string | undefined): AnalysisNode[] {
  const directory = (prefix ?? '').replace(/^\/+|\/+$/g, '');
  const start = directory === '' ? '' : `${directory}/`;
  const nodes = Array.isArray(index.tree) ? (index.tree as AnalysisNode[]) : [];
  return nodes.filter(
    (node) =>
      node.fullPath.startsWith(start) &&
      node.fullPath.length > start.length &&
      !node.fullPath.slice(start.length).includes('/'),
  );
}
