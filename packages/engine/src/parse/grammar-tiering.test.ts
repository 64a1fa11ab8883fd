import { describe, expect, it } from 'vitest';
import { keepGrammarsOnBaseline, languagesOnBaseline, MIN_BYTES_FOR_TIER_UP } from './grammar-tiering.js';
import { parseSource } from './parser.js';

describe('languagesOnBaseline', () => {
  it('names the languages whose files add up to fewer bytes than pay for optimizing their grammar', () => {
    const files = [
      { language: 'c' as const, bytes: MIN_BYTES_FOR_TIER_UP - 10 },
      { language: 'c' as const, bytes: 10 },
      { language: 'cpp' as const, bytes: 5_000 },
      { bytes: 9_000_000 },
      { language: 'ruby' as const, bytes: MIN_BYTES_FOR_TIER_UP - 1 },
    ];
    expect(languagesOnBaseline(files)).toEqual(['cpp', 'ruby']);
    expect(languagesOnBaseline([])).toEqual([]);
  });
});

describe('a grammar kept on the baseline compiler', () => {
  it('parses as the optimized one would (the same grammar, compiled once in this thread)', async () => {
    keepGrammarsOnBaseline(['scala']);
    const tree = await parseSource('scala', 'object A {\n  def f(x: Int): Int = if (x > 0) x else -x\n}\n');
    try {
      expect(tree.rootNode.hasError).toBe(false);
      expect(tree.rootNode.toString()).toContain('function_definition');
    } finally {
      tree.delete();
      keepGrammarsOnBaseline([]);
    }
  });
});
