/** How clone detection treats one tree-sitter node, decided from its type name alone. */
export type TokenKind = 'skip' | 'identifier' | 'string' | 'number' | 'text';

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

const cache = new Map<string, TokenKind>();

/** Kind of a node whose subtree is read as one token (or skipped); 'text' means descend or keep its text. */
export function tokenKind(type: string, isNamed: boolean): TokenKind {
  if (!isNamed) return 'text';
  let kind = cache.get(type);
  if (kind === undefined) {
    kind = classify(type);
    cache.set(type, kind);
  }
  return kind;
}

function classify(type: string): TokenKind {
  if (type.includes('comment') || BOILERPLATE_STATEMENTS.has(type)) return 'skip';
  if (STRING_TYPE.test(type)) return 'string';
  if (NUMBER_TYPE.test(type)) return 'number';
  if (IDENTIFIER_TYPE.test(type)) return 'identifier';
  return 'text';
}
