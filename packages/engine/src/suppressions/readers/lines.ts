import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionTool } from '../types.js';

/** The 1-based line a node starts on. */
export const startLine = (node: SyntaxNode): number => node.startPosition.row + 1;
/** The 1-based line a node ends on. */
export const endLine = (node: SyntaxNode): number => node.endPosition.row + 1;

/** Whether code precedes the comment on its line (a trailing comment speaks of its own line). */
export function isTrailing(comment: SyntaxNode, file: SourceLines): boolean {
  const line = file.lines[comment.startPosition.row] ?? '';
  return line.slice(0, comment.startPosition.column).trim() !== '';
}

/** A check list as tools write it (`a,b`, `a, b`): `all` when it is empty or names `all`. */
export function checkList(text: string | undefined, all = 'all'): readonly string[] | 'all' {
  const checks = (text ?? '')
    .split(/[\s,]+/)
    .map((check) => check.trim())
    .filter(Boolean);
  return checks.length === 0 || checks.includes(all) ? 'all' : checks;
}

export function suppression(
  tool: SuppressionTool,
  checks: readonly string[] | 'all',
  from: number,
  to = from,
): Suppression {
  return { tool, checks, from, to };
}

/** The next named sibling that is neither a comment nor one of `skipped`: what a directive above it speaks of. */
export function nextCode(node: SyntaxNode, skipped: ReadonlySet<string> = new Set()): SyntaxNode | null {
  let next = node.nextNamedSibling;
  while (next && (next.type.endsWith('comment') || skipped.has(next.type))) next = next.nextNamedSibling;
  return next;
}

/** The last line of the file, for a suppression that runs to its end. */
export const lastLine = (file: SourceLines): number => Math.max(file.lines.length, 1);
