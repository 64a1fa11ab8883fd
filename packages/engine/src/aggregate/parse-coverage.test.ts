import { describe, expect, it } from 'vitest';
import { parseCoverage } from './parse-coverage.js';

describe('parseCoverage', () => {
  it('gives the share of files parsed per Codiga language and overall, with one decimal', () => {
    expect(
      parseCoverage([
        { language: 'shell', parsed: true },
        { language: 'shell', parsed: false },
        { language: 'shell', parsed: true },
        { language: 'tsx', parsed: true },
        { language: 'typescript', parsed: true },
        { language: 'c', parsed: false },
      ]),
    ).toEqual({
      files: 6,
      parsed: 4,
      percent: 66.7,
      languages: [
        { language: 'C', files: 1, parsed: 0, percent: 0 },
        { language: 'Shell', files: 3, parsed: 2, percent: 66.7 },
        { language: 'Typescript', files: 2, parsed: 2, percent: 100 },
      ],
    });
  });

  it('is 100% of nothing when there were no source files', () => {
    expect(parseCoverage([])).toEqual({ files: 0, parsed: 0, percent: 100, languages: [] });
  });
});
