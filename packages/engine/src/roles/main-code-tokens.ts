import type { FileTokens } from '../duplication/types.js';
import type { LineRange } from './rust-test-items.js';

/**
 * A file's clone tokens without those of its test items, as one run per stretch of main code between them, so that no
 * clone spans a test module.
 */
export function mainCodeTokens(tokens: FileTokens, testRanges: readonly LineRange[]): FileTokens[] {
  if (testRanges.length === 0) return [tokens];
  const inTest = (line: number) => testRanges.some((range) => range.line <= line && line <= range.lineEnd);
  const runs: FileTokens[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    runs.push({
      filename: tokens.filename,
      normalized: tokens.normalized.subarray(start, end),
      exact: tokens.exact.subarray(start, end),
      lines: tokens.lines.subarray(start, end),
    });
    start = -1;
  };
  for (let index = 0; index < tokens.lines.length; index++) {
    if (inTest(tokens.lines[index]!)) close(index);
    else if (start < 0) start = index;
  }
  close(tokens.lines.length);
  return runs;
}
