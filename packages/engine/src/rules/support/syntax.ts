import type { SyntaxNode } from '../../parse/parser.js';

const COMMENT_TYPES = new Set(['comment', 'line_comment', 'block_comment']);

export function isComment(node: SyntaxNode): boolean {
  return COMMENT_TYPES.has(node.type);
}

/** The named children of a node, without the nulls web-tree-sitter's typing allows. */
export function namedChildrenOf(node: SyntaxNode): SyntaxNode[] {
  return node.namedChildren.filter((child): child is SyntaxNode => child !== null);
}

/** The named children that are code, not comments. */
export function codeChildrenOf(node: SyntaxNode): SyntaxNode[] {
  return namedChildrenOf(node).filter((child) => !isComment(child));
}

/** The nearest ancestor of one of the given types, stopping (and returning undefined) at any of `stopAt`. */
export function closestAncestor(
  node: SyntaxNode,
  types: ReadonlySet<string>,
  stopAt: ReadonlySet<string> = new Set(),
): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (types.has(current.type)) return current;
    if (stopAt.has(current.type)) return undefined;
  }
  return undefined;
}

/** How many named children of `node` are of one of `types`; 0 for no node. */
export function countChildrenOfType(node: SyntaxNode | null, types: ReadonlySet<string>): number {
  let count = 0;
  for (const child of node?.namedChildren ?? []) if (child && types.has(child.type)) count++;
  return count;
}
