import type { SyntaxNode } from '../../parse/parser.js';
import type { SourceLines, Suppression, SuppressionReader } from '../types.js';
import { checkList, endLine, isTrailing, lastLine, startLine, suppression } from './lines.js';
import { DisabledRanges } from './ranges.js';

const PHPCS = /(?:phpcs:(ignoreFile|ignore|disable|enable)|@codingStandardsIgnore(File|Line|Start|End))\b([^\n]*)/;
const PHPSTAN = /@phpstan-ignore(-next-line|-line)?\b([^\n*]*)/;

/** The line a line directive speaks of: its own when trailing code, else the one after it. */
const spokenOf = (comment: SyntaxNode, file: SourceLines) =>
  isTrailing(comment, file) ? startLine(comment) : endLine(comment) + 1;

/** PHPCS sniff codes before an optional ` -- reason`. */
const sniffsOf = (text: string) => checkList(text.split(/\s--\s/)[0]?.replace(/\*\/\s*$/, ''));

function phpcs(comment: SyntaxNode, file: SourceLines, ranges: DisabledRanges): Suppression[] {
  const match = PHPCS.exec(comment.text);
  if (!match) return [];
  const kind = match[1] ?? { File: 'ignoreFile', Line: 'ignore', Start: 'disable', End: 'enable' }[match[2]!];
  const sniffs = match[2] ? 'all' : sniffsOf(match[3] ?? '');
  if (kind === 'ignoreFile') return [suppression('phpcs', 'all', 1, lastLine(file))];
  if (kind === 'ignore') return [suppression('phpcs', sniffs, spokenOf(comment, file))];
  if (kind === 'disable') ranges.disable(sniffs, startLine(comment));
  else ranges.enable(sniffs, startLine(comment));
  return [];
}

function phpstan(comment: SyntaxNode, file: SourceLines): Suppression[] {
  const match = PHPSTAN.exec(comment.text);
  if (!match) return [];
  if (match[1] === '-next-line') return [suppression('phpstan', 'all', endLine(comment) + 1)];
  if (match[1] === '-line') return [suppression('phpstan', 'all', startLine(comment))];
  // `@phpstan-ignore id, id (reason)` names its identifiers; PHPStan rejects it without them.
  const ids = (match[2] ?? '')
    .replace(/\(.*$/, '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return ids.length > 0 ? [suppression('phpstan', ids, spokenOf(comment, file))] : [];
}

/** PHP_CodeSniffer's `phpcs:ignore`/`disable`/`enable`/`ignoreFile` and PHPStan's `@phpstan-ignore` family. */
export const phpReader: SuppressionReader = {
  marker: /phpcs:|@codingStandardsIgnore|@phpstan-ignore/,
  nodeTypes: ['comment'],
  read(nodes: readonly SyntaxNode[], file: SourceLines): Suppression[] {
    const ranges = new DisabledRanges('phpcs');
    const found = nodes.flatMap((comment) => [...phpcs(comment, file, ranges), ...phpstan(comment, file)]);
    return [...found, ...ranges.ranges(file)];
  },
};
