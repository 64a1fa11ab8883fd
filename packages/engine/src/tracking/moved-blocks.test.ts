import { describe, expect, it } from 'vitest';
import { blockHash, equalRunLength } from './moved-blocks.js';

const hashes = (text: string) => text.split('');

describe('blockHash', () => {
  it('joins the hashes of the five lines either side, clipped to the file', () => {
    const file = hashes('abcdefghijklmnop');
    expect(blockHash(file, 1)).toBe('a,b,c,d,e,f');
    expect(blockHash(file, 8)).toBe('c,d,e,f,g,h,i,j,k,l,m');
    expect(blockHash(file, 16)).toBe('k,l,m,n,o,p');
  });
});

describe('equalRunLength', () => {
  it('counts the run of equal lines through both lines', () => {
    // "cdef" is lines 3-6 before; after, it is lines 2-5 or 5-8.
    expect(equalRunLength(hashes('abcdefgh'), 4, hashes('xcdefxxx'), 4)).toBe(0);
    expect(equalRunLength(hashes('abcdefgh'), 4, hashes('xcdefxxx'), 3)).toBe(4);
    expect(equalRunLength(hashes('abcdefgh'), 4, hashes('xyzwcdefq'), 6)).toBe(4);
    expect(equalRunLength(hashes('abc'), 1, hashes('abc'), 1)).toBe(3);
  });

  it('is 0 when either line is past the end', () => {
    expect(equalRunLength(hashes('ab'), 3, hashes('ab'), 3)).toBe(0);
  });
});
