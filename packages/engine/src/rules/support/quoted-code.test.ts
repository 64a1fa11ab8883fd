import { describe, expect, it } from 'vitest';
import { MAX_QUOTED_CODE, quotedCode } from './quoted-code.js';

describe('quotedCode', () => {
  it('quotes short code whole, subscripts and all', () => {
    expect(quotedCode('$commands[invoke]')).toBe('$commands[invoke]');
    expect(quotedCode('sizeof(buf->data)')).toBe('sizeof(buf->data)');
  });

  it('folds line breaks and indentation into one space', () => {
    expect(quotedCode('config\n      .setName(name)')).toBe('config .setName(name)');
  });

  it('elides long code in the middle, keeping its start and its end', () => {
    const code = `request.headers().get(${'"x-'.padEnd(60, 'a')}")[index]`;
    const quoted = quotedCode(code);
    expect(quoted.length).toBeLessThanOrEqual(MAX_QUOTED_CODE);
    expect(quoted.startsWith('request.headers().get(')).toBe(true);
    expect(quoted.endsWith('")[index]')).toBe(true);
    expect(quoted).toContain('…');
  });
});
