import type { SyntaxNode } from '../../parse/parser.js';

/** Counts the named children of a parameter list, skipping comments and the types listed. */
export function countParameters(list: SyntaxNode | null, skip?: ReadonlySet<string>): number {
  if (!list) return 0;
  let count = 0;
  for (const child of list.namedChildren) {
    if (!child || child.type === 'comment' || skip?.has(child.type)) continue;
    count++;
  }
  return count;
}

/** The text of a node, read from the source (cheaper than `node.text`, which decodes again). */
export function textOf(node: SyntaxNode, source: string): string {
  return source.slice(node.startIndex, node.endIndex);
}

/** Names of the enclosing scopes whose type is in `scopes`, outermost first, each read by `nameOf`. */
export function enclosingNames(
  node: SyntaxNode,
  scopes: ReadonlySet<string>,
  nameOf: (scope: SyntaxNode) => string | undefined,
): string[] {
  const names: string[] = [];
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (!scopes.has(parent.type)) continue;
    const name = nameOf(parent);
    if (name) names.unshift(name);
  }
  return names;
}

export const ANONYMOUS = '(anonymous)';
