import { describe, expect, it } from 'vitest';
import type { FileTokens } from '../duplication/types.js';
import { mainCodeTokens } from './main-code-tokens.js';

const tokensOnLines = (lines: number[]): FileTokens => ({
  filename: 'src/lib.rs',
  normalized: Uint32Array.from(lines, (line) => line * 10),
  exact: Uint32Array.from(lines, (line) => line * 100),
  lines: Uint32Array.from(lines),
});

describe('mainCodeTokens', () => {
  it('cuts the tokens of test items out, leaving one run per stretch of main code', () => {
    const runs = mainCodeTokens(tokensOnLines([1, 1, 2, 5, 6, 9, 10]), [
      { line: 4, lineEnd: 6 },
      { line: 10, lineEnd: 12 },
    ]);
    expect(runs.map((run) => [run.filename, [...run.lines], [...run.normalized]])).toEqual([
      ['src/lib.rs', [1, 1, 2], [10, 10, 20]],
      ['src/lib.rs', [9], [90]],
    ]);
  });

  it('keeps a file without test items whole', () => {
    const tokens = tokensOnLines([1, 2]);
    expect(mainCodeTokens(tokens, [])).toEqual([tokens]);
  });
});
