import type { TreeCursor } from 'web-tree-sitter';
import type { SyntaxNode } from '../../parse/parser.js';

/** How one language nests control flow, for the deep-nesting rules. */
export interface NestingShape {
  /** Statements that open a nesting level (if, loops, switch, try...). */
  levels: ReadonlySet<string>;
  /** Nodes whose insides are measured on their own (nested functions, class bodies). */
  boundaries: ReadonlySet<string>;
  /** A further test for a level type that opens a level only sometimes (Scala parses `for (...) {}` as a call). */
  opensLevel?: (node: SyntaxNode) => boolean;
  /** Shell's `else if` needs a `fi` of its own, so it nests instead of continuing the chain. */
  elseIfNests?: boolean;
}

/** `else if` continues its `if` rather than nesting inside it, as `alternative` (Java, Go, Scala) or inside an `else_clause` (C, Rust, PHP). */
function continuesElseChain(cursor: TreeCursor, type: string, parentType: string, grandparentType: string | undefined, shape: NestingShape): boolean {
  if (parentType === type) return cursor.currentFieldName === 'alternative';
  return parentType === 'else_clause' && grandparentType === type && !shape.elseIfNests;
}

function opensLevel(cursor: TreeCursor, type: string, parentType: string, grandparentType: string | undefined, shape: NestingShape): boolean {
  if (!shape.levels.has(type) || continuesElseChain(cursor, type, parentType, grandparentType, shape)) return false;
  return shape.opensLevel?.(cursor.currentNode) ?? true;
}

/** The first structure, in source order, nested more than `max` levels deep inside `scope`, with its depth. */
export function firstTooDeep(scope: SyntaxNode, shape: NestingShape, max: number): { node: SyntaxNode; depth: number } | undefined {
  // A cursor and an explicit path, not recursion: generated code can nest deeper than the JS call stack allows,
  // and a cursor makes a node object only for the structure it reports.
  const cursor = scope.walk();
  const types = [scope.type];
  const depths = [0];
  try {
    if (!cursor.gotoFirstChild()) return undefined;
    for (;;) {
      const type = cursor.nodeType;
      if (cursor.nodeIsNamed && !shape.boundaries.has(type)) {
        const top = depths.length - 1;
        const opens = opensLevel(cursor, type, types[top]!, types[top - 1], shape);
        const depth = opens ? depths[top]! + 1 : depths[top]!;
        if (opens && depth > max) return { node: cursor.currentNode, depth };
        if (cursor.gotoFirstChild()) {
          types.push(type);
          depths.push(depth);
          continue;
        }
      }
      while (!cursor.gotoNextSibling()) {
        if (depths.length === 1 || !cursor.gotoParent()) return undefined;
        types.pop();
        depths.pop();
      }
    }
  } finally {
    cursor.delete();
  }
}
