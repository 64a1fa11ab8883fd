import type { TreeCursor } from 'web-tree-sitter';
import type { LanguageId } from '../languages/registry.js';
import { TokenKind } from './token-kinds.js';

/** Languages whose lone-string statements are documentation; Plumb's line counts call them comments too. */
export const hasDocstrings = (language: LanguageId): boolean => language === 'python';

/**
 * How the cursor's expression statement is read: Skip when docstrings apply and it is a lone string literal (a
 * docstring, or a bare string used as a block comment: it does nothing when run), else Text. The cursor stays put.
 */
export function expressionStatementKind(cursor: TreeCursor, kinds: Uint8Array, docstrings: boolean): TokenKind {
  if (!docstrings || !cursor.gotoFirstChild()) return TokenKind.Text;
  const lone = kinds[cursor.nodeTypeId] === TokenKind.String && !cursor.gotoNextSibling();
  cursor.gotoParent();
  return lone ? TokenKind.Skip : TokenKind.Text;
}
