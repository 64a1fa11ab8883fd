import type { LanguageId } from '../languages/registry.js';
import type { Tree } from '../parse/parser.js';
import { expressionStatementKind, hasDocstrings } from './docstrings.js';
import { hashText, IDENTIFIER_SYMBOL, NUMBER_SYMBOL, STRING_SYMBOL } from './token-hash.js';
import { TokenKind, tokenKindsOf } from './token-kinds.js';
import { TokenBuffer } from './token-buffer.js';
import type { FileTokens } from './types.js';

const NORMALIZED_SYMBOL: Record<TokenKind, number | undefined> = {
  [TokenKind.Text]: undefined,
  [TokenKind.Identifier]: IDENTIFIER_SYMBOL,
  [TokenKind.String]: STRING_SYMBOL,
  [TokenKind.Number]: NUMBER_SYMBOL,
  [TokenKind.Skip]: undefined,
  [TokenKind.ExpressionStatement]: undefined,
};

/**
 * Reads a parsed file as the token stream clone detection compares: every leaf in source order, with comments,
 * import/include/package/use statements and Python docstrings left out, and each string or number literal read
 * as one token. Runs in the worker that parsed the file; the tree's grammar tells the node kinds apart.
 * Few calls per node cross into WebAssembly (type id, indices, moves); text and lines are read in JS.
 */
export function tokenizeForClones(tree: Tree, source: string, language: LanguageId, filename: string): FileTokens {
  const { kinds, textHashes } = tokenKindsOf(tree.language);
  const docstrings = hasDocstrings(language);
  const buffer = new TokenBuffer();
  const lines = new LineCounter(source);
  const cursor = tree.walk();
  try {
    let descending = true;
    for (;;) {
      if (descending) {
        const typeId = cursor.nodeTypeId;
        let kind = (kinds[typeId] ?? TokenKind.Text) as TokenKind;
        if (kind === TokenKind.ExpressionStatement) kind = expressionStatementKind(cursor, kinds, docstrings);
        const atomic = kind === TokenKind.Skip || kind === TokenKind.String || kind === TokenKind.Number;
        if (!atomic && cursor.gotoFirstChild()) continue;
        const fixedText = textHashes[typeId] ?? 0;
        if (fixedText !== 0) {
          buffer.push(fixedText, fixedText, lines.lineAt(cursor.startIndex));
        } else if (kind !== TokenKind.Skip) {
          const start = cursor.startIndex;
          const end = cursor.endIndex;
          if (end > start) {
            const exact = hashText(source, start, end);
            buffer.push(NORMALIZED_SYMBOL[kind] ?? exact, exact, lines.lineAt(start));
          }
        }
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
  return buffer.toFileTokens(filename);
}

/** 1-based line of a code-unit offset, for offsets that only move forward. */
class LineCounter {
  private line = 1;
  private scanned = 0;
  constructor(private readonly source: string) {}

  lineAt(offset: number): number {
    for (; this.scanned < offset; this.scanned++) {
      if (this.source.charCodeAt(this.scanned) === 10) this.line++;
    }
    return this.line;
  }
}
