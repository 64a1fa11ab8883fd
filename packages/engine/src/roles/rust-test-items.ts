import type { SyntaxNode, Tree } from '../parse/parser.js';

/** Lines of a file, 1-based and inclusive, that are test code inside a file of main code. */
export interface LineRange {
  line: number;
  lineEnd: number;
}

/** `#[test]`, `#[cfg(test)]` and the test attributes of async runtimes and benchmark harnesses. */
const TEST_ATTRIBUTE = /^#\[\s*(cfg\s*\(\s*test\s*\)|(\w+::)?test\b|bench\b)/;

function hasTestAttribute(item: SyntaxNode): boolean {
  for (let sibling = item.previousNamedSibling; sibling?.type === 'attribute_item';) {
    if (TEST_ATTRIBUTE.test(sibling.text)) return true;
    sibling = sibling.previousNamedSibling;
  }
  return false;
}

/**
 * Items Rust compiles only for tests: `#[cfg(test)] mod tests { … }` and `#[test]` functions, each with its attributes.
 * Nested ones are inside an outer range already, so only the outermost count.
 */
export function rustTestItemRanges(tree: Tree): LineRange[] {
  const ranges: LineRange[] = [];
  for (const item of tree.rootNode.descendantsOfType(['mod_item', 'function_item', 'impl_item'])) {
    if (!item || !hasTestAttribute(item)) continue;
    const line = item.startPosition.row + 1;
    if (ranges.some((range) => range.line <= line && line <= range.lineEnd)) continue;
    let first = item;
    while (first.previousNamedSibling?.type === 'attribute_item') first = first.previousNamedSibling;
    ranges.push({ line: first.startPosition.row + 1, lineEnd: item.endPosition.row + 1 });
  }
  return ranges;
}
