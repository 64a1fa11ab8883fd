import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionReader } from '../types.js';
import { COMMENT_TYPES } from './comments.js';
import { checkList, isTrailing, lastLine, nextCode, startLine, suppression } from './lines.js';

// Staticcheck ignores a directive without its reason, so one is required here too.
const DIRECTIVE = /^\/\/lint:(ignore|file-ignore)\s+(\S+)\s+\S/;

/** The line a `//lint:ignore` speaks of: the first line of the code it is attached to. */
function attachedLine(comment: SyntaxNode, file: SourceLines): number | undefined {
  if (isTrailing(comment, file)) return startLine(comment);
  const next = nextCode(comment);
  return next ? startLine(next) : undefined;
}

/** Staticcheck's `//lint:ignore CHECKS reason` (the code below) and `//lint:file-ignore CHECKS reason`. */
export const staticcheckReader: SuppressionReader = {
  marker: /lint:(?:file-)?ignore/,
  nodeTypes: COMMENT_TYPES,
  read(nodes: readonly SyntaxNode[], file: SourceLines): Suppression[] {
    return nodes.flatMap((comment) => {
      const match = DIRECTIVE.exec(comment.text);
      if (!match) return [];
      const checks = checkList(match[2], '*');
      if (match[1] === 'file-ignore') return [suppression('staticcheck', checks, 1, lastLine(file))];
      const line = attachedLine(comment, file);
      return line === undefined ? [] : [suppression('staticcheck', checks, line)];
    });
  },
};
