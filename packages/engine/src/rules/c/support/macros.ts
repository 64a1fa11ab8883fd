import type { Tree } from '../../../parse/parser.js';

/** `#define NAME` at a line's start, with `(` right after the name when the macro is function-like. */
const DEFINE = /^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)(\()?/gm;

export interface MacroDefinition {
  /** The parameter names of a function-like macro; undefined for an object-like one. */
  readonly parameters?: readonly string[];
  /** The replacement text: the rest of the `#define` line and the lines it continues with `\`, comments dropped. */
  readonly body: string;
}

/** The rest of the `#define` line from `from`, with the lines it continues with `\`, comments dropped, trimmed. */
function macroBody(source: string, from: number): string {
  let end = from;
  for (;;) {
    const newline = source.indexOf('\n', end);
    if (newline < 0) {
      end = source.length;
      break;
    }
    end = newline + 1;
    if (!source.slice(from, newline).trimEnd().endsWith('\\')) break;
  }
  return source
    .slice(from, end)
    .replace(/\\\r?\n/g, ' ')
    .replace(/\/\*[^]*?\*\/|\/\/.*$/gm, ' ')
    .trim();
}

const definitionsByTree = new WeakMap<Tree, ReadonlyMap<string, readonly MacroDefinition[]>>();

/**
 * Every macro the file defines, by name: one definition for each `#define` of it (`#ifdef` branches may give several),
 * read once per tree for every rule that asks.
 */
export function macroDefinitions(tree: Tree, source: string): ReadonlyMap<string, readonly MacroDefinition[]> {
  let definitions = definitionsByTree.get(tree);
  if (definitions) return definitions;
  const found = new Map<string, MacroDefinition[]>();
  for (const match of source.matchAll(DEFINE)) {
    const afterName = match.index + match[0].length;
    let definition: MacroDefinition;
    if (match[2]) {
      const close = source.indexOf(')', afterName);
      if (close < 0) continue;
      const parameters = source
        .slice(afterName, close)
        .split(',')
        .map((parameter) => parameter.trim())
        .filter((parameter) => parameter !== '');
      definition = { parameters, body: macroBody(source, close + 1) };
    } else definition = { body: macroBody(source, afterName) };
    const name = match[1]!;
    found.set(name, [...(found.get(name) ?? []), definition]);
  }
  definitions = found;
  definitionsByTree.set(tree, definitions);
  return definitions;
}
