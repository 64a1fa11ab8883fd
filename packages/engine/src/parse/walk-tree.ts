import type { Tree } from 'web-tree-sitter';
import { SyntaxCursor } from './syntax-cursor.js';

/** One pass over a tree, fed by a walk that it shares with the other passes. */
export interface TreeVisitor {
  /** Called on entering each node, parents before children; false skips the node's descendants for this visitor. */
  enter(cursor: SyntaxCursor, depth: number): boolean;
  /** Called on leaving each node entered; `descended` says whether the walk went into its children. */
  leave(cursor: SyntaxCursor, depth: number, descended: boolean): void;
}

const ACTIVE = -1;

/**
 * Walks a tree once, depth first, and hands each node to every visitor that has not skipped the subtree it is
 * in. Each step is one call into WebAssembly whatever the number of visitors, which is why the passes share it.
 */
export function walkTree(tree: Tree, visitors: readonly TreeVisitor[]): void {
  const count = visitors.length;
  // Depth at which each visitor asked to skip descendants, or ACTIVE.
  const skippedAt = new Int32Array(count).fill(ACTIVE);
  let typeIds: Uint16Array = new Uint16Array(256);
  const cursor = new SyntaxCursor(tree);
  let depth = 0;
  try {
    for (;;) {
      let descend = false;
      for (let i = 0; i < count; i++) {
        if (skippedAt[i] !== ACTIVE) continue;
        if (visitors[i]!.enter(cursor, depth)) descend = true;
        else skippedAt[i] = depth;
      }
      if (descend) {
        if (depth + 1 >= typeIds.length) typeIds = grown(typeIds);
        typeIds[depth] = cursor.typeId;
        if (cursor.gotoFirstChild()) {
          depth++;
          continue;
        }
      }
      let descended = false;
      // Leave nodes until one has a next sibling.
      for (;;) {
        for (let i = 0; i < count; i++) {
          const skipped = skippedAt[i]!;
          if (skipped === ACTIVE || skipped === depth) {
            visitors[i]!.leave(cursor, depth, descended);
            skippedAt[i] = ACTIVE;
          }
        }
        if (depth === 0) return;
        if (cursor.gotoNextSibling()) break;
        depth--;
        cursor.gotoParent(typeIds[depth]!);
        descended = true;
      }
    }
  } finally {
    cursor.delete();
  }
}

function grown(array: Uint16Array): Uint16Array {
  const larger = new Uint16Array(array.length * 2);
  larger.set(array);
  return larger;
}
