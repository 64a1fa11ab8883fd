import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionReader } from '../types.js';
import { COMMENT_TYPES } from './comments.js';
import { startLine, suppression } from './lines.js';

/** SonarQube's `NOSONAR` in a comment: every issue on that line, in every language. */
export const nosonarReader: SuppressionReader = {
  marker: /NOSONAR/,
  nodeTypes: COMMENT_TYPES,
  read(nodes: readonly SyntaxNode[], _file: SourceLines): Suppression[] {
    return nodes
      .filter((comment) => comment.text.includes('NOSONAR'))
      .map((comment) => suppression('sonar', 'all', startLine(comment)));
  },
};
