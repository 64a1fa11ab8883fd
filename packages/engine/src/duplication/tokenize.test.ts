import { describe, expect, it } from 'vitest';
import type { LanguageId } from '../languages/registry.js';
import { parseSource } from '../parse/parser.js';
import { skippedRanges } from './skipped-ranges.js';
import { tokenizeForClones } from './tokenize.js';
import type { FileTokens } from './types.js';

async function tokenize(language: LanguageId, source: string): Promise<FileTokens> {
  const tree = await parseSource(language, source);
  try {
    return tokenizeForClones(tree, source, language, 'file');
  } finally {
    tree.delete();
  }
}

describe('tokenizeForClones', () => {
  it('reads leaves in order with their lines, leaving out comments and includes', async () => {
    const tokens = await tokenize('c', '#include <stdio.h>\n/* why */\nint main(void) {\n  return 0; // done\n}\n');
    expect(Array.from(tokens.lines)).toEqual([3, 3, 3, 3, 3, 3, 4, 4, 4, 5]);
  });

  it('reads a string or number literal as one token, and normalizes names and literals', async () => {
    const a = await tokenize('javascript', 'const total = price * 3 + "tax: ${x}";\n');
    const b = await tokenize('javascript', 'const sum = cost * 42 + `other ${y}`;\n');
    expect(a.normalized.length).toBe(9);
    expect(Array.from(a.normalized)).toEqual(Array.from(b.normalized));
    expect(Array.from(a.exact)).not.toEqual(Array.from(b.exact));
  });

  it('keeps keywords and operators distinct in the normalized form', async () => {
    const a = await tokenize('python', 'if x:\n    y = 1\n');
    const b = await tokenize('python', 'while x:\n    y = 1\n');
    expect(Array.from(a.normalized)).not.toEqual(Array.from(b.normalized));
  });

  it('skips Java package and import declarations', async () => {
    const tokens = await tokenize('java', 'package a.b;\nimport java.util.List;\nclass A {}\n');
    expect(Array.from(tokens.lines)).toEqual([3, 3, 3, 3]);
  });

  it('skips Python docstrings and bare strings, but not strings that are part of a statement', async () => {
    const tokens = await tokenize('python', '"""Module."""\ndef f():\n    """Doc."""\n    return "kept"\n');
    expect(Array.from(tokens.lines)).toEqual([2, 2, 2, 2, 2, 4, 4]);
  });

  it('keeps, in place, a string that begins a Python statement with more in it', async () => {
    const statement = await tokenize('python', 'def f():\n    "a", b\n');
    const alone = await tokenize('python', 'def f():\n    b\n');
    expect(Array.from(statement.lines)).toEqual([1, 1, 1, 1, 1, 2, 2, 2]);
    expect(statement.normalized.at(-3)).not.toBe(alone.normalized.at(-1));
    expect(statement.exact.at(-1)).toBe(alone.exact.at(-1));
  });

  it('keeps a lone string statement outside Python', async () => {
    const tokens = await tokenize('javascript', "'use strict'\nf();\n");
    expect(Array.from(tokens.lines)).toEqual([1, 2, 2, 2, 2]);
  });
});

describe('skippedRanges', () => {
  it('gives the offsets of what tokenizeForClones leaves out', async () => {
    const source = 'import os\n# note\ndef f():\n    """Doc."""\n    return 1\n';
    const tree = await parseSource('python', source);
    try {
      const ranges = skippedRanges(tree, 'python').map(([start, end]) => source.slice(start, end));
      expect(ranges).toEqual(['import os', '# note', '"""Doc."""']);
    } finally {
      tree.delete();
    }
  });
});
