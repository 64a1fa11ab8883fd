import type { SyntaxNode } from './parser.js';

/**
 * Whether a node found inside an ERROR node is a construct tree-sitter recovered whole: it holds no error and
 * begins its line, as statements and definitions do. One that begins mid-line is often a misread (zsh's
 * `=( … )` made the bash grammar read the next seven lines as one command name holding a string).
 */
export function isWholeConstruct(node: SyntaxNode, source: string): boolean {
  if (node.hasError || node.childCount === 0) return false;
  const lineStart = source.lastIndexOf('\n', node.startIndex - 1) + 1;
  return source.slice(lineStart, node.startIndex).trim() === '';
}
