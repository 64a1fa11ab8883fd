import { describe, expect, it } from 'vitest';
import { parserFor, parseSource } from './parser.js';

/** Longer than three of the parser's 5,119-unit input chunks, with multi-unit characters across their edges. */
function largeSource(): string {
  const lines: string[] = [];
  for (let i = 0; i < 400; i++)
    lines.push(`int f${i}(int a) { return a + ${i}; /* é 😀 \ud800 ${'x'.repeat(i % 7)} */ }`);
  return lines.join('\n') + '\n';
}

describe('the parser input read straight from the source', () => {
  it('gives the tree web-tree-sitter builds from its own input callback', async () => {
    const source = largeSource();
    expect(source.length).toBeGreaterThan(3 * 5119);
    const direct = await parseSource('c', source);
    // A function input goes through web-tree-sitter's own callback import, as every parse did before.
    const parser = await parserFor('c');
    const viaCallback = parser.parse((index) => source.slice(index));
    try {
      expect(viaCallback).not.toBeNull();
      expect(direct.rootNode.hasError).toBe(false);
      expect(direct.rootNode.endIndex).toBe(source.length);
      expect(direct.rootNode.toString()).toBe(viaCallback!.rootNode.toString());
      expect(direct.rootNode.lastChild?.text).toBe(viaCallback!.rootNode.lastChild?.text);
      expect(direct.rootNode.namedChildCount).toBe(400);
    } finally {
      direct.delete();
      viaCallback?.delete();
    }
  });

  it('parses an empty source and a source after a larger one', async () => {
    const empty = await parseSource('c', '');
    const small = await parseSource('c', 'int g(void) { return 1; }\n');
    try {
      expect(empty.rootNode.endIndex).toBe(0);
      expect(small.rootNode.toString()).toContain('function_definition');
      expect(small.rootNode.endIndex).toBe(26);
    } finally {
      empty.delete();
      small.delete();
    }
  });
});
