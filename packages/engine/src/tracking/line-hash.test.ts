import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { codeHash, lineHashes, splitLines } from './line-hash.js';

describe('codeHash', () => {
  it('is the first 16 hex digits of the SHA-256 of the line without whitespace', () => {
    const expected = createHash('sha256').update('if(x==null){').digest('hex').slice(0, 16);
    expect(codeHash('  if (x == null) {\t')).toBe(expected);
    expect(codeHash('if (x == null) {')).toMatch(/^[0-9a-f]{16}$/u);
  });

  it('ignores every kind of whitespace but not the content', () => {
    expect(codeHash('a = b + c')).toBe(codeHash('\ta=b  +c \u00a0'));
    expect(codeHash('a = b + c')).not.toBe(codeHash('a = b - c'));
    expect(codeHash('   ')).toBe(codeHash(''));
  });
});

describe('lineHashes', () => {
  it('hashes every line, line 1 first', () => {
    expect(lineHashes(splitLines('a\r\n b\nc\r'))).toEqual([codeHash('a'), codeHash('b'), codeHash('c'), codeHash('')]);
  });
});
