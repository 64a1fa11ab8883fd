import type { Language } from 'web-tree-sitter';
import { hashText } from './token-hash.js';

/** How clone detection treats one tree-sitter node type. */
export const TokenKind = {
  /** Keyword, operator, punctuation or other leaf compared by its text (or an inner node to descend into). */
  Text: 0,
  Identifier: 1,
  /** String, character or regex literal: read as one token however many children it has. */
  String: 2,
  Number: 3,
  /** Comment or boilerplate statement: contributes no tokens. */
  Skip: 4,
  /** An expression statement: left out in Python when it is only a string (a docstring), else read as Text. */
  ExpressionStatement: 5,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/** Statements that every file repeats by necessity; CPD and Simian skip them too, so they never make a clone. */
const BOILERPLATE_STATEMENTS = new Set([
  'preproc_include',
  'import_statement',
  'import_declaration',
  'import_from_statement',
  'future_import_statement',
  'package_declaration',
  'package_clause',
  'use_declaration',
  'namespace_use_declaration',
  'extern_crate_declaration',
]);

const STRING_TYPE = /string|char_literal|character_literal|rune_literal|heredoc|text_block|regex/;
const NUMBER_TYPE = /number|integer|float|int_literal|imaginary/;
const IDENTIFIER_TYPE = /identifier|^name$|^constant$|variable$|^word$/;

export interface GrammarTokenKinds {
  /** Kind of each node type id. */
  kinds: Uint8Array;
  /**
   * Hash of the text of each anonymous node type (keywords, operators: their text is their type); 0 for named types.
   */
  textHashes: Uint32Array;
}

const tables = new WeakMap<Language, GrammarTokenKinds>();

/** Kind and fixed-text hash of every node type id of a grammar, computed once per grammar and thread. */
export function tokenKindsOf(language: Language): GrammarTokenKinds {
  let table = tables.get(language);
  if (!table) {
    const kinds = new Uint8Array(language.types.length);
    const textHashes = new Uint32Array(language.types.length);
    language.types.forEach((type, id) => {
      if (language.nodeTypeIsNamed(id)) kinds[id] = classify(type);
      else textHashes[id] = hashText(type) || 1;
    });
    table = { kinds, textHashes };
    tables.set(language, table);
  }
  return table;
}

function classify(type: string): TokenKind {
  if (type.includes('comment') || BOILERPLATE_STATEMENTS.has(type)) return TokenKind.Skip;
  if (type === 'expression_statement') return TokenKind.ExpressionStatement;
  if (STRING_TYPE.test(type)) return TokenKind.String;
  if (NUMBER_TYPE.test(type)) return TokenKind.Number;
  if (IDENTIFIER_TYPE.test(type)) return TokenKind.Identifier;
  return TokenKind.Text;
}
