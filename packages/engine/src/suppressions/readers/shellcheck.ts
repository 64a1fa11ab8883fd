import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionReader } from '../types.js';
import { checkList, endLine, lastLine, nextCode, startLine, suppression } from './lines.js';

const DISABLE = /^#\s*shellcheck\s+(?:\S+\s+)*?disable=([\w,-]+)/;

/** Whether only comments precede the directive in the script: before the first command it covers the whole file. */
function beforeFirstCommand(comment: SyntaxNode): boolean {
  if (comment.parent?.type !== 'program') return false;
  for (let previous = comment.previousNamedSibling; previous; previous = previous.previousNamedSibling)
    if (previous.type !== 'comment') return false;
  return true;
}

/** ShellCheck's `# shellcheck disable=SC2086,SC2046` over the command after it, or the file before the first one. */
export const shellcheckReader: SuppressionReader = {
  marker: /shellcheck\s/,
  nodeTypes: ['comment'],
  read(nodes: readonly SyntaxNode[], file: SourceLines): Suppression[] {
    return nodes.flatMap((comment) => {
      const match = DISABLE.exec(comment.text);
      if (!match) return [];
      const checks = checkList(match[1]);
      if (beforeFirstCommand(comment)) return [suppression('shellcheck', checks, 1, lastLine(file))];
      const command = nextCode(comment);
      return command ? [suppression('shellcheck', checks, startLine(comment), endLine(command))] : [];
    });
  },
};
