import { describe, expect, it } from 'vitest';
import { parseSource } from './parser.js';
import { maskQuotedSlashesInPatterns } from './shell-pattern-quotes.js';

describe('maskQuotedSlashesInPatterns', () => {
  it.each([
    ['x="${theme/ \'[GTK2/3]\'}"', 'x="${theme/ \'[GTK2_3]\'}"'],
    ['d="${dir/$\'/:\'*}"', 'd="${dir/$\'_:\'*}"'],
    ["y=${a[1]//'a/b'/c}", "y=${a[1]//'a_b'/c}"],
    ["z=${@/#'x/y'}", "z=${@/#'x_y'}"],
  ])('masks the slash of a quoted pattern: %s', (source, masked) => {
    expect(maskQuotedSlashesInPatterns(source)).toBe(masked);
  });

  it.each(['echo \'a/b\' "${x}"', "x=${a/b/'c/d'}", 'x=${a/"b/c"}', "x=${a#'b/c'}", "x=${a/b}; echo '/tmp/x'"])(
    'leaves alone what the grammar reads right: %s',
    (source) => {
      expect(maskQuotedSlashesInPatterns(source)).toBe(source);
    },
  );

  it('keeps positions when a code point takes two UTF-16 units', () => {
    const source = "# 😀\nx=${a/'b/c'}";
    expect(maskQuotedSlashesInPatterns(source)).toBe("# 😀\nx=${a/'b_c'}");
  });

  it('lets the bash grammar parse what follows such a pattern', async () => {
    const source = 'f() {\n  x="${theme/ \'[GTK2/3]\'}"\n}\ng() { echo "$1"; }\n';
    const tree = await parseSource('shell', source);
    try {
      expect(tree.rootNode.hasError).toBe(false);
      expect(tree.rootNode.children.map((node) => node?.type)).toEqual(['function_definition', 'function_definition']);
      // The tree's positions are the real source's.
      expect(tree.rootNode.children[1]?.startPosition).toEqual({ row: 3, column: 0 });
    } finally {
      tree.delete();
    }
  });
});
