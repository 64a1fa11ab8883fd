import { dropCoveredClasses } from './covered-classes.js';
import { findRepeatedSequences, type RepeatedSequence } from './repeated-sequences.js';
import { selectSequences } from './select-sequences.js';
import { concatenateTokens, type TokenStream } from './token-stream.js';
import type { CloneClass, CloneOccurrence, DuplicationOptions, FileTokens } from './types.js';
import { groupWindows } from './window-groups.js';

export const DEFAULT_DUPLICATION_OPTIONS: DuplicationOptions = Object.freeze({ minTokens: 50, minLines: 6 });

/**
 * Finds clone classes across all files: every maximal normalized token sequence of at least `minTokens`
 * tokens and `minLines` lines that occurs twice or more, with all its occurrences, but for those whose lines
 * another class already reports in as many places. Sorted by size, then place.
 */
export function findClones(
  files: FileTokens[],
  options: DuplicationOptions,
  readSource: (filename: string) => string,
): CloneClass[] {
  if (options.minTokens < 1) throw new Error(`minTokens must be at least 1, received ${options.minTokens}`);
  const ordered = [...files].sort((a, b) => compareText(a.filename, b.filename));
  const stream = concatenateTokens(ordered);
  const groups = groupWindows(stream, options.minTokens);
  const sequences = selectSequences(stream, findRepeatedSequences(stream, groups), options);
  const sourceLines = new SourceLines(readSource);
  return dropCoveredClasses(
    sequences.map((sequence) => toCloneClass(stream, sequence, sourceLines)).sort(compareClasses),
  );
}

function toCloneClass(stream: TokenStream, sequence: RepeatedSequence, sourceLines: SourceLines): CloneClass {
  const occurrences = sequence.starts.map((start) => occurrenceAt(stream, start, sequence.length));
  const first = occurrences[0];
  if (!first) throw new Error('a clone class needs at least one occurrence');
  return {
    lineCount: first.lineEnd - first.line + 1,
    tokenCount: sequence.length,
    code: sourceLines.slice(first.filename, first.line, first.lineEnd),
    kind: sameExactTokens(stream, sequence) ? 'identical' : 'similar',
    occurrences,
  };
}

function occurrenceAt(stream: TokenStream, start: number, length: number): CloneOccurrence {
  const file = stream.files[stream.fileOf[start] ?? 0];
  return {
    filename: file?.filename ?? '',
    line: stream.lines[start] ?? 0,
    lineEnd: stream.lines[start + length - 1] ?? 0,
  };
}

/** Identical when every occurrence has the first one's exact tokens (same names and literals). */
function sameExactTokens(stream: TokenStream, sequence: RepeatedSequence): boolean {
  const [first = 0, ...others] = sequence.starts;
  for (const start of others) {
    for (let offset = 0; offset < sequence.length; offset++) {
      if (stream.exact[first + offset] !== stream.exact[start + offset]) return false;
    }
  }
  return true;
}

/** Source text by line, read once per file however many classes quote it. */
class SourceLines {
  private readonly cache = new Map<string, string[]>();
  constructor(private readonly readSource: (filename: string) => string) {}

  slice(filename: string, line: number, lineEnd: number): string {
    let lines = this.cache.get(filename);
    if (!lines) {
      lines = this.readSource(filename).split(/\r?\n/);
      this.cache.set(filename, lines);
    }
    return lines.slice(line - 1, lineEnd).join('\n');
  }
}

function compareClasses(a: CloneClass, b: CloneClass): number {
  const [firstA, firstB] = [a.occurrences[0], b.occurrences[0]];
  return (
    b.tokenCount - a.tokenCount ||
    b.lineCount - a.lineCount ||
    b.occurrences.length - a.occurrences.length ||
    compareText(firstA?.filename ?? '', firstB?.filename ?? '') ||
    (firstA?.line ?? 0) - (firstB?.line ?? 0)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
