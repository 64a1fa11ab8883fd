export { LANGUAGES, languageSpec } from './languages/registry.js';
export type { CodigaLanguage, CommentSyntax, LanguageId, LanguageSpec } from './languages/registry.js';
export { loadGrammar, parseSource, parserFor } from './parse/parser.js';
export type { SyntaxNode, Tree } from './parse/parser.js';
