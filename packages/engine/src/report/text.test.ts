import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDirectory } from '../analyze.js';
import { formatText } from './text.js';

const fixture = fileURLToPath(new URL('../../test-fixtures/test-code', import.meta.url));

describe('formatText', async () => {
  const analysis = await analyzeDirectory(fixture, { threads: 0 });

  it('names the code each figure counts', () => {
    const lines = formatText(analysis).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      'Files: 6 analyzed (3 main code, 3 test code), 0 with errors. Code lines: 44 main code, 41 test code.',
      'Parsed: 6 of 6 source files (100.0%).',
      'Functions (main code): 5, 0 complex (CCN > 15), 0 long (> 100 lines).',
      "Duplication (main code): 1 clone class, 22 duplicated lines (44.0% of main code's lines).",
      expect.stringMatching(/^Ratings \(main code\): maintainability A /),
    ]);
    expect(lines).toContain(
      'Test code (tests, benchmarks, fixtures, examples; not counted above): 3 files, 41 code lines.',
    );
  });

  it('lists findings most severe first, then by path', () => {
    const text = formatText(analysis);
    const table = text.slice(text.search(/^Level +Where/m), text.indexOf('\n\nMost complex'));
    expect(
      table.split('\n').map((line) =>
        line
          .split(/\s{2,}/)
          .slice(0, 2)
          .join(' '),
      ),
    ).toEqual([
      'Level Where',
      'moderate src/invoices.js:1',
      'moderate src/lib.rs:3',
      'moderate src/orders.js:2',
      'low test/orders.test.js:27',
      'info src/lib.rs:7',
    ]);
  });

  it('says how many findings it leaves out and how to see them', () => {
    const many = { ...analysis, violations: Array.from({ length: 23 }, () => analysis.violations[0]!) };
    expect(formatText(many)).toContain(
      '  ... and 3 more findings not shown (plumb analyze --format json lists them all)\n',
    );
  });

  it('lists each clone once, with every occurrence', () => {
    const text = formatText(analysis);
    expect(text.slice(text.indexOf('Biggest clones'))).toBe(
      'Biggest clones (main code)\n' +
        '  11 lines × 2 (similar):\n' +
        '    src/invoices.js:1-11\n' +
        '    src/orders.js:2-12\n',
    );
  });
});
