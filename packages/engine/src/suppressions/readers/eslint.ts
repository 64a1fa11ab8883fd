import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionReader } from '../types.js';
import { endLine, startLine, suppression } from './lines.js';
import { DisabledRanges } from './ranges.js';

const DIRECTIVE = /^(?:\/\/|\/\*)\s*eslint-(disable-next-line|disable-line|disable|enable)\b(.*?)(?:\*\/)?$/s;

/** ESLint's rule list: comma-separated, before an optional ` -- description`. */
function rulesOf(text: string): readonly string[] | 'all' {
  const rules = (text.split(/\s--\s/)[0] ?? '')
    .split(',')
    .map((rule) => rule.trim())
    .filter(Boolean);
  return rules.length === 0 ? 'all' : rules;
}

/** ESLint's `eslint-disable-next-line`, `eslint-disable-line` and `/* eslint-disable *\/`…`/* eslint-enable *\/`. */
export const eslintReader: SuppressionReader = {
  marker: /eslint-disable/,
  nodeTypes: ['comment'],
  read(nodes: readonly SyntaxNode[], file: SourceLines): Suppression[] {
    const ranges = new DisabledRanges('eslint');
    const lines: Suppression[] = [];
    for (const comment of nodes) {
      const match = DIRECTIVE.exec(comment.text);
      if (!match) continue;
      const rules = rulesOf(match[2] ?? '');
      if (match[1] === 'disable-next-line') lines.push(suppression('eslint', rules, endLine(comment) + 1));
      else if (match[1] === 'disable-line') lines.push(suppression('eslint', rules, startLine(comment)));
      else if (match[1] === 'disable') ranges.disable(rules, startLine(comment));
      else ranges.enable(rules, startLine(comment));
    }
    return [...lines, ...ranges.ranges(file)];
  },
};
