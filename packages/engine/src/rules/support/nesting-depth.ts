import type { SyntaxNode } from '../../parse/parser.js';

/** How one language nests control flow, for the deep-nesting rules. */
export interface NestingShape {
  /**
   * Nodes whose insides are measured on their own, each reported at most
   * once: functions, and the file or class body where code runs outside them.
   */
  scopes: ReadonlySet<string>;
  /** Statements that open a nesting level (if, loops, switch, try...). */
  levels: ReadonlySet<string>;
  /** Nodes inside a scope that are not measured with it, nor on their own (class bodies whose methods are scopes). */
  boundaries: ReadonlySet<string>;
  /** A further test for a level type that opens a level only sometimes (Scala parses `for (...) {}` as a call). */
  opensLevel?: (node: SyntaxNode) => boolean;
  /** Shell's `else if` needs a `fi` of its own, so it nests instead of continuing the chain. */
  elseIfNests?: boolean;
}

/**
 * `else if` continues its `if` rather than nesting inside it, as
 * `alternative` (Java, Go, Scala) or inside an `else_clause` (C, Rust, PHP).
 */
function continuesElseChain(node: SyntaxNode, shape: NestingShape): boolean {
  const parent = node.parent;
  if (parent?.type === 'else_clause') return !shape.elseIfNests && parent.parent?.type === node.type;
  return parent?.type === node.type && parent.childForFieldName('alternative')?.id === node.id;
}

/**
 * Visitors that follow, over the one walk of a file, the scopes, boundaries and levels enclosing each visited node,
 * and call `onTooDeep` for the first level in each scope nested more than `max` deep.
 */
export function nestingDepthVisitors(
  shape: NestingShape,
  max: number,
  onTooDeep: (node: SyntaxNode, depth: number) => void,
): Record<string, (node: SyntaxNode) => void> {
  // An explicit stack of the enclosing nodes, innermost last, in parallel arrays of numbers: no recursion, no parent
  // walks, no object per node. A node is popped once the walk, which runs in source order, has passed its end.
  const ends: number[] = [];
  const depths: number[] = [];
  const types: string[] = [];
  /** The stack index of the scope each entry counts in, -1 for none. */
  const scopeIndexes: number[] = [];
  const reported: boolean[] = [];
  const push = (node: SyntaxNode, depth: number, scopeIndex: number) => {
    ends.push(node.endIndex);
    depths.push(depth);
    types.push(node.type);
    scopeIndexes.push(scopeIndex);
    reported.push(false);
  };
  const enter = (node: SyntaxNode) => {
    // Ruby's `if` and `class` keyword tokens share their statement's type name.
    if (!node.isNamed) return;
    const start = node.startIndex;
    while (ends.length > 0 && ends[ends.length - 1]! <= start) {
      ends.pop();
      depths.pop();
      types.pop();
      scopeIndexes.pop();
      reported.pop();
    }
    if (shape.scopes.has(node.type)) return push(node, 0, ends.length);
    if (shape.boundaries.has(node.type)) return push(node, 0, -1);
    const top = ends.length - 1;
    const scopeIndex = top < 0 ? -1 : scopeIndexes[top]!;
    // Only an `if` inside an `if` of its own type can continue its else chain, so most levels skip the parent lookup.
    const opens = !(types[top] === node.type && continuesElseChain(node, shape)) && (shape.opensLevel?.(node) ?? true);
    const depth = (top < 0 ? 0 : depths[top]!) + (opens ? 1 : 0);
    if (opens && depth > max && scopeIndex >= 0 && !reported[scopeIndex]) {
      reported[scopeIndex] = true;
      onTooDeep(node, depth);
    }
    push(node, depth, scopeIndex);
  };
  return Object.fromEntries([...shape.scopes, ...shape.boundaries, ...shape.levels].map((type) => [type, enter]));
}
