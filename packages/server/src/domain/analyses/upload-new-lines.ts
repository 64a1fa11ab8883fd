import { Invalid } from '../errors.js';
import type { NewLinesAgainst } from '../gates/index.js';
import { requireRevision } from './analyses.js';

/** Ranges `[first, last]` one upload's new lines may have, and lines they may add up to: bounds the server's memory. */
export const MAX_NEW_LINE_RANGES = 1_000_000;
export const MAX_NEW_LINES = 5_000_000;

const MAX_LINE = 2 ** 31 - 1;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks an upload's `newLines` (absent: not measured): `{referenceRevision, files: {path: [[first, last], …]}}`, the
 * lines `plumb scan` found added or changed since the reference's revision, each path one of the result's files,
 * each file's ranges ascending and apart. The first bad field is named.
 */
export function checkUploadedNewLines(
  value: unknown,
  analyzed: readonly { filename: string }[],
): NewLinesAgainst | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) throw new Invalid('newLines', 'an object {"referenceRevision", "files"}');
  if (typeof value.referenceRevision !== 'string')
    throw new Invalid('newLines.referenceRevision', 'the commit sha of the reference analysis');
  const referenceRevision = requireRevision('newLines.referenceRevision', value.referenceRevision);
  if (!isObject(value.files)) throw new Invalid('newLines.files', 'an object of line ranges by path');
  const known = new Set(analyzed.map((file) => file.filename));
  const files = new Map<string, number[]>();
  let ranges = 0;
  let lines = 0;
  for (const [path, fileRanges] of Object.entries(value.files)) {
    const field = `newLines.files[${JSON.stringify(path)}]`;
    if (!known.has(path)) throw new Invalid(field, 'the path of a file of result.files');
    if (!Array.isArray(fileRanges)) throw new Invalid(field, 'an array of line ranges [first, last]');
    ranges += fileRanges.length;
    if (ranges > MAX_NEW_LINE_RANGES) throw new Invalid('newLines', `at most ${MAX_NEW_LINE_RANGES} line ranges`);
    const numbers: number[] = [];
    let previous = 0;
    fileRanges.forEach((range: unknown, index) => {
      const [first, last] = Array.isArray(range) && range.length === 2 ? (range as unknown[]) : [];
      if (!isLine(first) || !isLine(last) || first <= previous || last < first)
        throw new Invalid(
          `${field}[${index}]`,
          `a range [first, last] of lines 1 to ${MAX_LINE}, ascending, after the previous range`,
        );
      lines += last - first + 1;
      if (lines > MAX_NEW_LINES) throw new Invalid('newLines', `at most ${MAX_NEW_LINES} lines`);
      for (let line = first; line <= last; line++) numbers.push(line);
      previous = last;
    });
    if (numbers.length > 0) files.set(path, numbers);
  }
  return { referenceRevision, files };
}

const isLine = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_LINE;
