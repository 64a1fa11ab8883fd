import type { SyntaxNode } from '../../../parse/parser.js';
import { macroDefinitions, type MacroDefinition } from './macros.js';

/** A string literal token, with any encoding prefix (`L"…"`, `u8"…"`), or an identifier. */
const TOKEN = /\s*(?:((?:L|u8|u|U)?"(?:[^"\\\n]|\\.)*")|([A-Za-z_]\w*))\s*/y;
// Macros naming macros: deeper than this is taken as unknown.
const MAX_DEPTH = 8;

/** The body up to its first comma outside quotes and brackets: the format of `"%02" PRId64 "", (t) / 60`. */
function leadingExpression(body: string): string {
  let depth = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '"' || char === "'") {
      // Skip the quoted text, escapes and all.
      for (index++; index < body.length && body[index] !== char; index++) if (body[index] === '\\') index++;
    } else if (char === '(' || char === '[' || char === '{') depth++;
    else if (char === ')' || char === ']' || char === '}') depth--;
    else if (char === ',' && depth === 0) return body.slice(0, index);
  }
  return body;
}

/** The literals and identifiers of a run of adjacent tokens, or undefined when anything else is in it. */
function tokensOf(expression: string): { literals: number; identifiers: string[] } | undefined {
  let text = expression.trim();
  while (text.startsWith('(') && text.endsWith(')')) text = text.slice(1, -1).trim();
  const identifiers: string[] = [];
  let literals = 0;
  for (TOKEN.lastIndex = 0; TOKEN.lastIndex < text.length;) {
    const match = TOKEN.exec(text);
    if (!match) return undefined;
    if (match[1]) literals++;
    else identifiers.push(match[2]!);
  }
  return { literals, identifiers };
}

/**
 * Whether a definition's body starts with a string literal: literals and macros written side by side (`"%" PRId64`),
 * none of them the macro's own parameters, up to the arguments that may follow, or a lone macro doing the same.
 */
function leadsWithLiteral(
  definition: MacroDefinition,
  definitions: ReadonlyMap<string, readonly MacroDefinition[]>,
  depth: number,
): boolean {
  const tokens = tokensOf(leadingExpression(definition.body));
  if (!tokens || tokens.identifiers.some((name) => definition.parameters?.includes(name))) return false;
  if (tokens.literals > 0) return true;
  const [name] = tokens.identifiers;
  return tokens.identifiers.length === 1 && expandsToLiteral(name!, false, definitions, depth + 1);
}

function expandsToLiteral(
  name: string,
  called: boolean,
  definitions: ReadonlyMap<string, readonly MacroDefinition[]>,
  depth: number,
): boolean {
  const found = definitions.get(name);
  if (!found || depth > MAX_DEPTH) return false;
  // Every `#ifdef` branch's definition must give a literal.
  return found.every(
    (definition) =>
      (definition.parameters !== undefined) === called && leadsWithLiteral(definition, definitions, depth),
  );
}

/**
 * An identifier or call naming a macro of the file that expands to a string literal, maybe followed by arguments:
 * ninja's `#define FORMAT_TIME_MMSS(t) "%02" PRId64 ":%02" PRId64 "", (t) / 60, (t) % 60`.
 */
export function isStringMacroUse(node: SyntaxNode, source: string): boolean {
  const called = node.type === 'call_expression';
  const name = called ? node.childForFieldName('function') : node;
  if (name?.type !== 'identifier') return false;
  return expandsToLiteral(name.text, called, macroDefinitions(node.tree, source), 0);
}
