import type { Tree } from '../parse/parser.js';
import type { LanguageId } from '../languages/registry.js';
import type { LineCounts } from '../model.js';
import { commentRanges } from './sloc-comments.js';

const NEWLINE = 10;

function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 11 || code === 12 || code === 0xfeff || code === 0xa0;
}

/**
 * Counts code, comment and blank lines as cloc does: a blank line holds only whitespace, a comment line
 * holds only comments (and whitespace), and any other line is code, even when it also holds a comment.
 */
export function countLines(tree: Tree, source: string, language: LanguageId): LineCounts {
  const ranges = commentRanges(tree, source, language);
  const counts: LineCounts = { code: 0, comment: 0, blank: 0 };
  // cloc counts a script's `#!` line as code, although it reads as a comment.
  let hasCode = source.startsWith('#!');
  let hasComment = false;
  let range = 0;
  const length = source.length;
  for (let i = 0; i < length; i++) {
    const char = source.charCodeAt(i);
    if (char === NEWLINE) {
      tally(counts, hasCode, hasComment);
      hasCode = hasComment = false;
      continue;
    }
    if (isWhitespace(char)) continue;
    while (range < ranges.length && (ranges[range]?.[1] ?? 0) <= i) range++;
    const current = ranges[range];
    const lineEnd = endOfLine(source, i);
    if (current && current[0] <= i) {
      hasComment = true;
      // The rest of the comment on this line changes nothing: skip to its end or the line's.
      i = Math.min(current[1], lineEnd) - 1;
    } else {
      hasCode = true;
      // A line with code counts as code whatever else it holds: skip to its end.
      i = lineEnd - 1;
    }
  }
  // A last line without a final newline still counts, as it does for cloc and wc.
  if (length > 0 && source.charCodeAt(length - 1) !== NEWLINE) tally(counts, hasCode, hasComment);
  return counts;
}

/** Where the line holding `from` ends: its newline, or the end of the source. */
function endOfLine(source: string, from: number): number {
  const newline = source.indexOf('\n', from);
  return newline === -1 ? source.length : newline;
}

function tally(counts: LineCounts, hasCode: boolean, hasComment: boolean): void {
  if (hasCode) counts.code++;
  else if (hasComment) counts.comment++;
  else counts.blank++;
}
