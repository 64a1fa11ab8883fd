import { describe, expect, it } from 'vitest';
import { defaultThreadCount } from './thread-threshold.js';

describe('defaultThreadCount', () => {
  it('gives one thread per core while the load leaves cores idle', () => {
    expect(defaultThreadCount(2, 0)).toBe(2);
    expect(defaultThreadCount(2, 2.7)).toBe(2);
    expect(defaultThreadCount(8, 15.9)).toBe(8);
  });

  it('gives none once the load reaches twice the cores', () => {
    expect(defaultThreadCount(2, 4)).toBe(0);
    expect(defaultThreadCount(2, 10.5)).toBe(0);
    expect(defaultThreadCount(8, 16)).toBe(0);
  });

  it('reads the machine when not told: a whole number of threads, none or one per core', () => {
    const threads = defaultThreadCount();
    expect(Number.isInteger(threads)).toBe(true);
    expect(threads).toBeGreaterThanOrEqual(0);
  });
});
