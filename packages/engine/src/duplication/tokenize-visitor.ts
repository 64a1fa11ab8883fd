import type { LanguageId } from '../languages/registry.js';
import type { Tree } from '../parse/parser.js';
import type { SyntaxCursor } from '../parse/syntax-cursor.js';
import type { TreeVisitor } from '../parse/walk-tree.js';
import { hasDocstrings } from './docstrings.js';
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

const isAtomic = (kind: TokenKind): boolean =>
  kind === TokenKind.Skip || kind === TokenKind.String || kind === TokenKind.Number;

/**
 * An expression statement of a language with docstrings, being read: a lone string in it is a docstring, so the
 * token of a first child that is a string waits until a second child shows the statement is more than that.
 */
interface OpenStatement {
  depth: number;
  children: number;
  held: boolean;
  heldNormalized: number;
  heldExact: number;
  heldLine: number;
}

/**
 * The clone tokens of a file, read on the walk the other passes share: every leaf in source order, with comments,
 * import/include/package/use statements and Python docstrings left out, and each string or number literal read
 * as one token. Atomic nodes give their token on entering (their children are not wanted), other leaves on leaving.
 */
export class CloneTokenVisitor implements TreeVisitor {
  private readonly kinds: Uint8Array;
  private readonly textHashes: Uint32Array;
  private readonly docstrings: boolean;
  private readonly buffer = new TokenBuffer();
  private readonly lines: LineCounter;
  private readonly statements: OpenStatement[] = [];
  /** The token `read` computed, if it gave one. */
  private normalized = 0;
  private exact = 0;
  private line = 0;

  constructor(
    tree: Tree,
    private readonly source: string,
    language: LanguageId,
  ) {
    ({ kinds: this.kinds, textHashes: this.textHashes } = tokenKindsOf(tree.language));
    this.docstrings = hasDocstrings(language);
    this.lines = new LineCounter(source);
  }

  enter(cursor: SyntaxCursor, depth: number): boolean {
    const typeId = cursor.typeId;
    const kind = (this.kinds[typeId] ?? TokenKind.Text) as TokenKind;
    const open = this.statements[this.statements.length - 1];
    let holds = false;
    if (open !== undefined && open.depth === depth - 1) {
      open.children++;
      if (open.children === 1) holds = kind === TokenKind.String;
      else if (open.held) this.release(open);
    }
    if (kind === TokenKind.ExpressionStatement && this.docstrings) {
      this.statements.push({ depth, children: 0, held: false, heldNormalized: 0, heldExact: 0, heldLine: 0 });
    }
    if (!isAtomic(kind)) return true;
    if (this.read(cursor, typeId, kind)) {
      if (holds && open !== undefined) this.hold(open);
      else this.buffer.push(this.normalized, this.exact, this.line);
    }
    return false;
  }

  leave(cursor: SyntaxCursor, depth: number, descended: boolean): void {
    const typeId = cursor.typeId;
    const kind = (this.kinds[typeId] ?? TokenKind.Text) as TokenKind;
    if (!descended && !isAtomic(kind) && this.read(cursor, typeId, kind))
      this.buffer.push(this.normalized, this.exact, this.line);
    const open = this.statements[this.statements.length - 1];
    // A statement whose only child was a string is a docstring: its held token is dropped.
    if (open !== undefined && open.depth === depth) this.statements.pop();
  }

  tokens(filename: string): FileTokens {
    return this.buffer.toFileTokens(filename);
  }

  /** Computes the current leaf's token into `normalized`, `exact` and `line`; false when it gives none. */
  private read(cursor: SyntaxCursor, typeId: number, kind: TokenKind): boolean {
    const fixedText = this.textHashes[typeId] ?? 0;
    if (fixedText !== 0) {
      this.normalized = this.exact = fixedText;
      this.line = this.lines.lineAt(cursor.startIndex);
      return true;
    }
    if (kind === TokenKind.Skip) return false;
    const start = cursor.startIndex;
    const end = cursor.endIndex;
    if (end <= start) return false;
    this.exact = hashText(this.source, start, end);
    this.normalized = NORMALIZED_SYMBOL[kind] ?? this.exact;
    this.line = this.lines.lineAt(start);
    return true;
  }

  private hold(statement: OpenStatement): void {
    statement.held = true;
    statement.heldNormalized = this.normalized;
    statement.heldExact = this.exact;
    statement.heldLine = this.line;
  }

  private release(statement: OpenStatement): void {
    statement.held = false;
    this.buffer.push(statement.heldNormalized, statement.heldExact, statement.heldLine);
  }
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
