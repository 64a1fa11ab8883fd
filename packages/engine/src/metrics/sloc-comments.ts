import type { Node } from 'web-tree-sitter';
import type { Tree } from '../parse/parser.js';
import { languageSpec, type LanguageId } from '../languages/registry.js';

/** A half-open range [start, end) of UTF-16 offsets into the source. */
export type TextRange = readonly [start: number, end: number];

const isCommentType = (type: string) => type === 'comment' || type.endsWith('_comment');

/** The comment node that starts at `index`, climbing from inner parts (Rust's doc_comment) to the whole comment. */
function commentAt(tree: Tree, index: number): Node | undefined {
  let node: Node | null = tree.rootNode.descendantForIndex(index);
  for (let depth = 0; node && depth < 3; depth++, node = node.parent) {
    if (isCommentType(node.type)) {
      while (node.parent && isCommentType(node.parent.type)) node = node.parent;
      return node;
    }
  }
  return undefined;
}

/** Opening markers of the language's comments, and for Python the triple quotes that cloc reads as comments. */
function markersOf(language: LanguageId): RegExp {
  const { comments } = languageSpec(language);
  const openers = [...comments.line, ...comments.block.map(([open]) => open)];
  if (language === 'python') openers.push('"""', "'''");
  const escaped = openers.map((opener) => opener.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'g');
}

const markers = new Map<LanguageId, RegExp>();

/**
 * Sorted, disjoint ranges of the source that are comments (for Python, also triple-quoted strings, which cloc
 * counts as comments). Markers are found in the text and confirmed against the tree, so a `//` inside a string
 * is no comment; asking the tree only at markers is far cheaper than querying every comment node.
 */
export function commentRanges(tree: Tree, source: string, language: LanguageId): TextRange[] {
  let pattern = markers.get(language);
  if (!pattern) markers.set(language, (pattern = markersOf(language)));
  const ranges: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    const at = match.index;
    const quote = match[0].startsWith('"') || match[0].startsWith("'");
    const node = quote ? tree.rootNode.descendantForIndex(at)?.parent : commentAt(tree, at);
    const isRange =
      node !== undefined && node !== null && (!quote || (node.type === 'string' && at - node.startIndex < 3));
    if (isRange) ranges.push([quote ? at : node.startIndex, node.endIndex]);
    // Resume after the comment or string, or else right after the marker (it was inside a string or code).
    pattern.lastIndex = isRange ? Math.max(node.endIndex, at + 1) : at + 1;
  }
  return ranges;
}
