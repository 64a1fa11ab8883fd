import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { LanguageId } from '../languages/registry.js';

/**
 * Below this many bytes of a language in one analysis, its grammar is compiled for V8's baseline compiler only. A
 * grammar's lexer is one function that loops once per character, and V8 charges each turn the whole function's
 * size against the budget that decides when to optimize it: C++'s lexer (592 KB of code) is sent to TurboFan
 * after a few kilobytes of input, which then takes about 1.5 s of CPU, and a thread that needs the grammar meanwhile
 * waits for it. Optimized, a grammar parses about 1.7 times faster: worth it only for a larger share of the input
 * (docs/benchmarks.md, "Grammars kept on the baseline compiler").
 */
export const MIN_BYTES_FOR_TIER_UP = 1_000_000;

let onBaseline: ReadonlySet<LanguageId> = new Set();
/** Modules compiled here, kept alive so that V8's module cache hands the same code to web-tree-sitter's load. */
const compiled: unknown[] = [];
const { WebAssembly: wasmApi } = globalThis as unknown as {
  WebAssembly: { Module: new (bytes: Uint8Array) => unknown };
};

/**
 * The languages of this analysis with too few bytes to pay for optimizing their grammars. A thread compiles each
 * grammar once, so one it has already loaded stays as it was compiled.
 */
export function keepGrammarsOnBaseline(languages: Iterable<LanguageId>): void {
  onBaseline = new Set(languages);
}

/** The languages under `MIN_BYTES_FOR_TIER_UP` bytes among the given files'. */
export function languagesOnBaseline(files: readonly { language?: LanguageId; bytes: number }[]): LanguageId[] {
  const bytes = new Map<LanguageId, number>();
  for (const { language, bytes: size } of files) if (language) bytes.set(language, (bytes.get(language) ?? 0) + size);
  return [...bytes].filter(([, total]) => total < MIN_BYTES_FOR_TIER_UP).map(([language]) => language);
}

/**
 * Compiles the grammar of `language` for the baseline compiler when it is to stay there; web-tree-sitter's own load of
 * the same file then finds this module in V8's cache. V8 reads dynamic tiering when it creates a module, and without
 * it compiles for the baseline only under `--no-wasm-tier-up`, which no module with dynamic tiering heeds.
 */
export function compileGrammarFor(language: LanguageId, file: string): void {
  if (!onBaseline.has(language)) return;
  const bytes = readFileSync(file);
  setFlagsFromString('--no-wasm-tier-up');
  setFlagsFromString('--no-wasm-dynamic-tiering');
  try {
    compiled.push(new wasmApi.Module(bytes));
  } finally {
    setFlagsFromString('--wasm-dynamic-tiering');
  }
}
