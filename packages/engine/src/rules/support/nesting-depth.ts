import type { SyntaxNode } from '../../parse/parser.js';
import { namedChildrenOf } from './syntax.js';

/** How one language nests control flow, for the deep-nesting rules. */
export interface NestingShape {
  /** Statements that open a nesting level (if, loops, switch, try...). */
  levels: ReadonlySet<string>;
  /** Nodes whose insides are measured on their own (nested classes, nested named functions). */
  boundaries: ReadonlySet<string>;
}

/** `else if` continues its `if` rather than nesting inside it. */
function continuesElseChain(node: SyntaxNode, parent: SyntaxNode): boolean {
  if (parent.type === 'else_clause') return true;
  return parent.type === node.type && parent.childForFieldName('alternative')?.id === node.id;
}

/** The first structure, in source order, nested more than `max` levels deep inside `body`, with its depth. */
export function firstTooDeep(body: SyntaxNode, shape: NestingShape, max: number): { node: SyntaxNode; depth: number } | undefined {
  // An explicit stack: generated code can nest expressions deeper than the JS call stack allows.
  const stack: { node: SyntaxNode; depth: number; opens: boolean }[] = [{ node: body, depth: 0, opens: false }];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (entry.opens && entry.depth > max) return { node: entry.node, depth: entry.depth };
    const children = namedChildrenOf(entry.node);
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index]!;
      if (shape.boundaries.has(child.type)) continue;
      const opens = shape.levels.has(child.type) && !continuesElseChain(child, entry.node);
      stack.push({ node: child, depth: opens ? entry.depth + 1 : entry.depth, opens });
    }
  }
  return undefined;
}
