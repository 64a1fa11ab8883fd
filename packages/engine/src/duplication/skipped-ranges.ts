import type { LanguageId } from '../languages/registry.js';
import type { Tree } from '../parse/parser.js';
import { expressionStatementKind, hasDocstrings } from './docstrings.js';
import { TokenKind, tokenKindsOf } from './token-kinds.js';

/**
 * The source ranges `tokenizeForClones` leaves out (comments, boilerplate statements, docstrings) as sorted
 * `[start, end)` offsets, so a comparison can blank them and give another clone detector the same code.
 */
export function skippedRanges(tree: Tree, language: LanguageId): [start: number, end: number][] {
  const { kinds } = tokenKindsOf(tree.language);
  const docstrings = hasDocstrings(language);
  const ranges: [number, number][] = [];
  const cursor = tree.walk();
  try {
    let descending = true;
    for (;;) {
      if (descending) {
        let kind = (kinds[cursor.nodeTypeId] ?? TokenKind.Text) as TokenKind;
        if (kind === TokenKind.ExpressionStatement) kind = expressionStatementKind(cursor, kinds, docstrings);
        if (kind === TokenKind.Skip) ranges.push([cursor.startIndex, cursor.endIndex]);
        else if (cursor.gotoFirstChild()) continue;
      }
      if (cursor.gotoNextSibling()) {
        descending = true;
        continue;
      }
      if (!cursor.gotoParent()) break;
      descending = false;
    }
  } finally {
    cursor.delete();
  }
  return ranges;
}
