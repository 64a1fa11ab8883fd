import type { SyntaxNode, Tree } from '../parse/parser.js';
import { isWholeConstruct } from '../parse/whole-construct.js';

const span = (node: SyntaxNode) => node.endIndex - node.startIndex;

/** Bytes under ERROR nodes below a node that is no ERROR itself; only the paths that hold errors are walked. */
function errorsWithin(node: SyntaxNode, source: string): number {
  let covered = 0;
  for (const child of node.children) {
    if (!child?.hasError) continue;
    covered += child.type === 'ERROR' ? errorsInError(child, source) : errorsWithin(child, source);
  }
  return covered;
}

/**
 * Bytes of an ERROR node that are errors: tree-sitter keeps there the statements and functions it could still
 * build whole, and those (and comments) do not count; loose tokens and misread constructs do, and constructs
 * holding errors are looked into the same way.
 */
function errorsInError(node: SyntaxNode, source: string): number {
  let covered = span(node);
  for (const child of node.children) {
    if (!child) continue;
    if (child.isExtra || isWholeConstruct(child, source)) covered -= span(child);
    else if (child.hasError && child.childCount > 0) covered -= span(child) - errorsInError(child, source);
  }
  return covered;
}

/**
 * Share of the source covered by syntax errors: 0 for a clean tree, near 1 for text in another language. A root
 * that is itself an ERROR node (tree-sitter could not reduce the file to one program, as after a zsh-only line in
 * a shell script or a C `#ifdef` that opens a brace in each branch) still holds whole functions and statements,
 * which do not count.
 */
export function syntaxErrorShare(tree: Tree, source: string): number {
  const root = tree.rootNode;
  if (!root.hasError || source.length === 0) return 0;
  const covered = root.type === 'ERROR' ? errorsInError(root, source) : errorsWithin(root, source);
  return Math.min(1, covered / source.length);
}

/** The first and last rows of each outermost ERROR node and each MISSING node (only paths with errors are walked). */
export function errorRows(tree: Tree): [first: number, last: number][] {
  const rows: [number, number][] = [];
  const visit = (node: SyntaxNode) => {
    if (node.type === 'ERROR' || node.isMissing) {
      rows.push([node.startPosition.row, node.endPosition.row]);
      return;
    }
    for (const child of node.children) if (child && (child.hasError || child.isMissing)) visit(child);
  };
  visit(tree.rootNode);
  return rows;
}
