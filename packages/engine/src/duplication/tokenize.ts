import type { LanguageId } from '../languages/registry.js';
import type { Tree } from '../parse/parser.js';
import { hashText, IDENTIFIER_SYMBOL, NUMBER_SYMBOL, STRING_SYMBOL } from './token-hash.js';
import { tokenKind } from './token-kinds.js';
import type { FileTokens } from './types.js';

/** Growable parallel arrays, trimmed to typed arrays once the file is read. */
class TokenBuffer {
  private normalized: Uint32Array = new Uint32Array(1024);
  private exact: Uint32Array = new Uint32Array(1024);
  private lines: Uint32Array = new Uint32Array(1024);
  private length = 0;

  push(normalized: number, exact: number, line: number): void {
    if (this.length === this.lines.length) this.grow();
    this.normalized[this.length] = normalized;
    this.exact[this.length] = exact;
    this.lines[this.length] = line;
    this.length++;
  }

  toFileTokens(filename: string): FileTokens {
    return {
      filename,
      normalized: this.normalized.slice(0, this.length),
      exact: this.exact.slice(0, this.length),
      lines: this.lines.slice(0, this.length),
    };
  }

  private grow(): void {
    const size = this.lines.length * 2;
    const widen = (from: Uint32Array): Uint32Array => {
      const to = new Uint32Array(size);
      to.set(from);
      return to;
    };
    this.normalized = widen(this.normalized);
    this.exact = widen(this.exact);
    this.lines = widen(this.lines);
  }
}

/**
 * Reads a parsed file as the token stream clone detection compares: every leaf in source order, with
 * comments and import/include/package lines left out, and string and number literals read as one token.
 * Runs in the worker that parsed the file; the language is implied by the tree's node types.
 */
export function tokenizeForClones(tree: Tree, _source: string, _language: LanguageId, filename: string): FileTokens {
  const buffer = new TokenBuffer();
  const cursor = tree.walk();
  try {
    let descending = true;
    for (;;) {
      if (descending) {
        const kind = tokenKind(cursor.nodeType, cursor.nodeIsNamed);
        const atomic = kind === 'skip' || kind === 'string' || kind === 'number';
        if (!atomic && cursor.gotoFirstChild()) continue;
        if (kind !== 'skip' && cursor.endIndex > cursor.startIndex) pushToken(buffer, cursor.nodeText, kind, cursor.startPosition.row + 1);
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

function pushToken(buffer: TokenBuffer, text: string, kind: 'identifier' | 'string' | 'number' | 'text', line: number): void {
  const exact = hashText(text);
  const normalized = kind === 'identifier' ? IDENTIFIER_SYMBOL : kind === 'string' ? STRING_SYMBOL : kind === 'number' ? NUMBER_SYMBOL : exact;
  buffer.push(normalized, exact, line);
}
