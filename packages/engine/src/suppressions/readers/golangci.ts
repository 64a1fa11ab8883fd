import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionReader } from '../types.js';
import { COMMENT_TYPES } from './comments.js';
import { checkList, endLine, startLine, suppression } from './lines.js';

// golangci-lint reads `//nolint`, `//nolint:a,b` and (leniently) `// nolint`; the list ends at a space.
const NOLINT = /^\/\/\s*nolint(?::([\w,-]+))?(?=\s|$|\/\/)/;

/**
 * Where a `//nolint` reaches: its own line, and when it sits alone on the line before a node starting at its
 * column (a declaration, a statement), that whole node, as golangci-lint expands it.
 */
function reach(comment: SyntaxNode): [number, number] {
  const line = startLine(comment);
  const next = comment.nextNamedSibling;
  const below = next && startLine(next) === line + 1 && next.startPosition.column === comment.startPosition.column;
  return [line, below ? endLine(next) : line];
}

/** golangci-lint's `//nolint[:linters]`. */
export const golangciReader: SuppressionReader = {
  marker: /nolint/,
  nodeTypes: COMMENT_TYPES,
  read(nodes: readonly SyntaxNode[], _file: SourceLines): Suppression[] {
    return nodes.flatMap((comment) => {
      const match = NOLINT.exec(comment.text);
      if (!match) return [];
      const [from, to] = reach(comment);
      return [suppression('golangci', checkList(match[1]), from, to)];
    });
  },
};
