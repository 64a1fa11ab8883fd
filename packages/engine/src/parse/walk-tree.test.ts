import { describe, expect, it } from 'vitest';
import { parseSource, type Tree } from './parser.js';
import type { SyntaxCursor } from './syntax-cursor.js';
import { walkTree } from './walk-tree.js';

const SOURCE = 'int f(int a) {\n  /* c */ if (a > 1 && a < 9) return g("s", a);\n  return 0;\n}\n';

/** Every node in document order, as web-tree-sitter's own TreeCursor walks it. */
function treeCursorNodes(tree: Tree): string[] {
  const cursor = tree.walk();
  const seen: string[] = [];
  for (;;) {
    seen.push(
      `${cursor.nodeType} ${cursor.startIndex}-${cursor.endIndex} ` +
        `${cursor.endPosition.row}:${cursor.endPosition.column}`,
    );
    if (cursor.gotoFirstChild() || cursor.gotoNextSibling()) continue;
    let climbed = false;
    while (cursor.gotoParent()) if ((climbed = cursor.gotoNextSibling())) break;
    if (!climbed) break;
  }
  cursor.delete();
  return seen;
}

const describeNode = (cursor: SyntaxCursor) =>
  `${cursor.type} ${cursor.startIndex}-${cursor.endIndex} ${cursor.endPosition.row}:${cursor.endPosition.column}`;

describe('walkTree', () => {
  it('visits every node as TreeCursor does, even when a visitor uses Node objects in between', async () => {
    const tree = await parseSource('c', SOURCE);
    const entered: string[] = [];
    const parents: string[] = [];
    walkTree(tree, [
      { enter: (cursor) => (entered.push(describeNode(cursor)), true), leave: () => undefined },
      { enter: (cursor) => (parents.push(cursor.node().parent?.type ?? 'none'), true), leave: () => undefined },
    ]);
    expect(entered).toEqual(treeCursorNodes(tree));
    expect(parents[0]).toBe('none');
    tree.delete();
  });

  it('leaves out the descendants a visitor skips, for that visitor only, and says which nodes it entered', async () => {
    const tree = await parseSource('c', SOURCE);
    const skipping: string[] = [];
    const leaves: string[] = [];
    walkTree(tree, [
      { enter: (cursor) => (skipping.push(cursor.type), cursor.type !== 'if_statement'), leave: () => undefined },
      {
        enter: () => true,
        leave: (cursor, _depth, descended) => void (descended ? undefined : leaves.push(cursor.type)),
      },
    ]);
    expect(skipping).toContain('if_statement');
    expect(skipping).not.toContain('binary_expression');
    expect(leaves).toContain('comment');
    expect(leaves).toContain('&&');
    expect(leaves).not.toContain('if_statement');
    tree.delete();
  });
});
