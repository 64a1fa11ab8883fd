import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionReader } from '../types.js';
import { checkList, isTrailing, startLine, suppression } from './lines.js';
import { DisabledRanges } from './ranges.js';

// `# rubocop:disable Cop1, Dept -- reason`; `todo` is `disable` written by `--auto-gen-config`.
const DIRECTIVE = /^#\s*rubocop\s*:\s*(disable|enable|todo)\b\s*(.*?)(?:\s+--\s.*)?$/;

/** RuboCop's `# rubocop:disable`/`todo` … `# rubocop:enable` ranges, and the same comment trailing one line. */
export const rubocopReader: SuppressionReader = {
  marker: /rubocop\s*:\s*(?:disable|todo)/,
  nodeTypes: ['comment'],
  read(nodes: readonly SyntaxNode[], file: SourceLines): Suppression[] {
    const ranges = new DisabledRanges('rubocop');
    const inline: Suppression[] = [];
    for (const comment of nodes) {
      const match = DIRECTIVE.exec(comment.text);
      if (!match) continue;
      const checks = checkList(match[2]);
      const line = startLine(comment);
      if (match[1] === 'enable') ranges.enable(checks, line);
      else if (isTrailing(comment, file)) inline.push(suppression('rubocop', checks, line));
      else ranges.disable(checks, line);
    }
    return [...inline, ...ranges.ranges(file)];
  },
};
