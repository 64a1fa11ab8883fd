import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionReader } from '../types.js';
import { checkList, lastLine, startLine, suppression } from './lines.js';

const CODES = String.raw`([A-Z]+[0-9]+(?:[\s,]+[A-Z]+[0-9]+)*)`;
const NOQA = new RegExp(String.raw`#\s*noqa(?::\s*${CODES})?`, 'i');
const FILE_NOQA = new RegExp(String.raw`^#\s*(?:ruff|flake8)\s*:\s*noqa(?::\s*${CODES})?`, 'i');
const NOSEC = /#\s*nosec\b(?:[:\s]+(B\d+(?:[\s,]+B\d+)*))?/;

/** Ruff's (flake8's) `# noqa[: codes]` on a line and `# ruff: noqa[: codes]` for the file; Bandit's `# nosec`. */
export const pythonReader: SuppressionReader = {
  marker: /noqa|nosec/i,
  nodeTypes: ['comment'],
  read(nodes: readonly SyntaxNode[], file: SourceLines): Suppression[] {
    return nodes.flatMap((comment) => {
      const line = startLine(comment);
      const whole = FILE_NOQA.exec(comment.text);
      if (whole) return [suppression('ruff', checkList(whole[1]), 1, lastLine(file))];
      const noqa = NOQA.exec(comment.text);
      const nosec = NOSEC.exec(comment.text);
      return [
        ...(noqa ? [suppression('ruff', checkList(noqa[1]), line)] : []),
        ...(nosec ? [suppression('bandit', checkList(nosec[1]), line)] : []),
      ];
    });
  },
};
