import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionReader } from '../types.js';
import { COMMENT_TYPES } from './comments.js';
import { checkList, endLine, isTrailing, nextCode, startLine, suppression } from './lines.js';

const DIRECTIVE = /^\/\/\s*noinspection\s+([\w\s,]+)/;

/**
 * IntelliJ IDEA's `//noinspection ThrowFromFinallyBlock` (its "Suppress for statement"): the statement or declaration
 * below it, or its own line after code; `ALL` names every inspection.
 */
function suppressionOf(comment: SyntaxNode, file: SourceLines): Suppression | undefined {
  const match = DIRECTIVE.exec(comment.text);
  if (!match) return undefined;
  const checks = checkList(match[1], 'ALL');
  if (isTrailing(comment, file)) return suppression('intellij', checks, startLine(comment));
  const target = nextCode(comment);
  if (!target) return undefined;
  return suppression('intellij', checks, startLine(target), endLine(target));
}

export const noinspectionReader: SuppressionReader = {
  marker: /noinspection/,
  nodeTypes: COMMENT_TYPES,
  read(nodes: readonly SyntaxNode[], file: SourceLines): Suppression[] {
    return nodes.flatMap((comment) => suppressionOf(comment, file) ?? []);
  },
};
