import { Query, type Language } from 'web-tree-sitter';
import type { Tree } from '../parse/parser.js';
import type { LanguageId } from '../languages/registry.js';

/** A half-open range [start, end) of UTF-16 offsets into the source. */
export type TextRange = readonly [start: number, end: number];

const queries = new Map<Language, Query>();

/** One query per grammar capturing every comment node type (`comment`, `line_comment`, `block_comment`...). */
function commentQuery(language: Language): Query {
  let query = queries.get(language);
  if (query) return query;
  const types = new Set<string>();
  for (let id = 0; id < language.nodeTypeCount; id++) {
    const type = language.nodeTypeForId(id);
    if (type && language.nodeTypeIsNamed(id) && (type === 'comment' || type.endsWith('_comment'))) types.add(type);
  }
  query = new Query(language, [...types].map((type) => `(${type}) @comment`).join('\n'));
  queries.set(language, query);
  return query;
}

const pythonStrings = new Map<Language, Query>();

/** cloc reads every triple-quoted Python string as a comment, docstring or not; so do we, to agree with it. */
function tripleQuotedRanges(tree: Tree, source: string): TextRange[] {
  let query = pythonStrings.get(tree.language);
  if (!query) {
    query = new Query(tree.language, '(string) @string');
    pythonStrings.set(tree.language, query);
  }
  const ranges: TextRange[] = [];
  for (const { node } of query.captures(tree.rootNode)) {
    const start = node.startIndex;
    const open = source.slice(start, start + 5).search(/"""|'''/);
    if (open >= 0) ranges.push([start + open, node.endIndex]);
  }
  return ranges;
}

/** Sorted, merged ranges of the source that are comments (for Python, also triple-quoted strings). */
export function commentRanges(tree: Tree, source: string, language: LanguageId): TextRange[] {
  const ranges: TextRange[] = commentQuery(tree.language)
    .captures(tree.rootNode)
    .map(({ node }): TextRange => [node.startIndex, node.endIndex]);
  if (language === 'python') ranges.push(...tripleQuotedRanges(tree, source));
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of ranges) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
