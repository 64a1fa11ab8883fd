import { Query, type Language } from 'web-tree-sitter';
import type { Tree } from '../parse/parser.js';

const queries = new Map<Language, Query>();

/** Share of the source covered by top-level ERROR nodes: 0 for a clean tree, near 1 for text in another language. */
export function syntaxErrorShare(tree: Tree, sourceLength: number): number {
  if (!tree.rootNode.hasError || sourceLength === 0) return 0;
  if (tree.rootNode.type === 'ERROR') return 1;
  let query = queries.get(tree.language);
  if (!query) {
    query = new Query(tree.language, '(ERROR) @error');
    queries.set(tree.language, query);
  }
  let covered = 0;
  let reach = 0;
  for (const { node } of query.captures(tree.rootNode)) {
    const start = Math.max(node.startIndex, reach);
    if (node.endIndex > start) covered += node.endIndex - start;
    reach = Math.max(reach, node.endIndex);
  }
  return covered / sourceLength;
}
