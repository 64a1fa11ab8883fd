import path from 'node:path';
import { Language, Parser, type Tree } from 'web-tree-sitter';
import { dependencyRequire } from '../dependency-require.js';
import { languageSpec, type LanguageId } from '../languages/registry.js';
import { compileGrammarFor } from './grammar-tiering.js';
import { fastInputInstantiation, parseWithInput } from './parse-input.js';
import { maskQuotedSlashesInPatterns } from './shell-pattern-quotes.js';
import { captureTreeSitterModule, littleEndian, treeSitterModule } from './wasm-module.js';
import { tuneWasmTiering } from './wasm-tiering.js';

let initialised: Promise<void> | undefined;
const languages = new Map<LanguageId, Promise<Language>>();
const parsers = new Map<LanguageId, Parser>();
/** The last grammar load begun: web-tree-sitter links two grammars loading at once into each other's symbols. */
let lastLoad: Promise<unknown> = Promise.resolve();

/** Loads web-tree-sitter's runtime once per thread; grammars and parses wait for it. */
export function prepareParser(): Promise<void> {
  tuneWasmTiering();
  initialised ??= initialise();
  return initialised;
}

function initialise(): Promise<void> {
  // The input callback writes the heap with typed arrays, which use the host's byte order: WebAssembly's is little.
  const { instantiateWasm, failed } = littleEndian()
    ? fastInputInstantiation()
    : { instantiateWasm: undefined, failed: new Promise<never>(() => undefined) };
  // The module object given here is the one whose exports the shared tree walk calls directly.
  const module = Object.assign(treeSitterModule, instantiateWasm ? { instantiateWasm } : {});
  return Promise.race([Parser.init(module as unknown as Parameters<typeof Parser.init>[0]), failed]).then(
    captureTreeSitterModule,
  );
}

/** Loads (once per thread) the tree-sitter grammar of a language. */
export async function loadGrammar(id: LanguageId): Promise<Language> {
  await prepareParser();
  let loading = languages.get(id);
  if (!loading) {
    const { grammar } = languageSpec(id);
    const file = path.join(path.dirname(dependencyRequire().resolve(`${grammar.package}/package.json`)), grammar.file);
    loading = lastLoad
      .catch(() => undefined)
      .then(() => {
        compileGrammarFor(id, file);
        return Language.load(file);
      });
    languages.set(id, loading);
    lastLoad = loading;
  }
  return loading;
}

/** A parser for one language, reused across files of that language within this thread. */
export async function parserFor(id: LanguageId): Promise<Parser> {
  const existing = parsers.get(id);
  if (existing) return existing;
  const language = await loadGrammar(id);
  const parser = new Parser();
  parser.setLanguage(language);
  parsers.set(id, parser);
  return parser;
}

/** Grammar defects worked around by rewriting the parser's input, keeping its length (see each function). */
const PARSER_INPUT: Partial<Record<LanguageId, (source: string) => string>> = {
  shell: maskQuotedSlashesInPatterns,
};

/** Parses source text once; every pass of the analysis reads the returned tree. Call `tree.delete()` when done. */
export async function parseSource(id: LanguageId, source: string): Promise<Tree> {
  const parser = await parserFor(id);
  const input = PARSER_INPUT[id]?.(source) ?? source;
  const tree = parseWithInput(input, () => parser.parse(input));
  if (!tree) throw new Error(`tree-sitter returned no tree for a ${id} file`);
  return tree;
}

export type { Node as SyntaxNode, Tree } from 'web-tree-sitter';
