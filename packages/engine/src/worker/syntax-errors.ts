import type { Tree } from '../parse/parser.js';

/**
 * Share of the source covered by ERROR nodes at the top of the tree: 0 for a clean tree, near 1 for text in
 * another language. Only the root's children are looked at: walking every node would cost more than parsing.
 */
export function syntaxErrorShare(tree: Tree, sourceLength: number): number {
  const root = tree.rootNode;
  if (!root.hasError || sourceLength === 0) return 0;
  if (root.type === 'ERROR') return 1;
  let covered = 0;
  for (const child of root.children) {
    if (child?.type === 'ERROR') covered += child.endIndex - child.startIndex;
  }
  return covered / sourceLength;
}
