import { describe, expect, it } from 'vitest';
import { batchLoader } from './batch.js';

describe('batchLoader', () => {
  it('reads the keys asked for in one turn with one call per request, and each answer goes to its asker', async () => {
    const calls: number[][] = [];
    const load = batchLoader(async (_context, keys: readonly number[]) => {
      calls.push([...keys]);
      return new Map(keys.map((key) => [key, key * 10]));
    });
    const request = {};
    const other = {};
    const answers = await Promise.all([...Array.from({ length: 100 }, (_, key) => load(request, key)), load(other, 7)]);
    expect(answers.slice(0, 100)).toEqual(Array.from({ length: 100 }, (_, key) => key * 10));
    expect(answers[100]).toBe(70);
    expect(calls.map((keys) => keys.length).sort((a, b) => a - b)).toEqual([1, 100]);
    // A later turn is a new batch.
    expect(await load(request, 3)).toBe(30);
    expect(calls).toHaveLength(3);
  });
});
