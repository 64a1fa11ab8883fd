import type { SyntaxNode } from '../../../parse/parser.js';
import { namedChildrenOf } from '../../support/syntax.js';

const STRING_LITERALS = new Set(['string_literal', 'concatenated_string', 'raw_string_literal']);

/**
 * The called function's plain name: `std::strcpy` and `::strcpy`
 * become `strcpy`; calls through pointers or members give undefined.
 */
export function calleeName(call: SyntaxNode): string | undefined {
  // C++ in a `.h` file read with the C grammar turns declarations into broken calls.
  if (call.hasError) return undefined;
  const callee = call.childForFieldName('function');
  if (callee?.type === 'identifier') return callee.text;
  if (callee?.type === 'qualified_identifier' && /^(?:std)?::\w+$/.test(callee.text))
    return callee.text.replace(/^(?:std)?::/, '');
  return undefined;
}

/** The name a call's text starts with, after `std::` or `::`: what `calleeName` gives whenever it gives a name. */
const LEADING_NAME = /(?:std::|::)?([A-Za-z_]\w*)/y;

/**
 * `calleeName`, when it is one of `names`, else undefined. Most calls name none of them, and the source at the call's
 * start says so without the calls into WebAssembly that asking the tree costs.
 */
export function calleeNameIn(
  call: SyntaxNode,
  names: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  source: string,
): string | undefined {
  LEADING_NAME.lastIndex = call.startIndex;
  const leading = LEADING_NAME.exec(source)?.[1];
  if (leading === undefined || !names.has(leading)) return undefined;
  const name = calleeName(call);
  return name !== undefined && names.has(name) ? name : undefined;
}

/** The arguments of a call, comments left out. */
export function argumentsOf(call: SyntaxNode): SyntaxNode[] {
  const list = call.childForFieldName('arguments');
  return list ? namedChildrenOf(list).filter((node) => node.type !== 'comment') : [];
}

export function isStringLiteral(node: SyntaxNode | undefined): boolean {
  return node !== undefined && STRING_LITERALS.has(node.type);
}

/** The text of a plain string literal (escapes left as written), or undefined for anything else. */
export function literalText(node: SyntaxNode | undefined): string | undefined {
  if (!node || !isStringLiteral(node)) return undefined;
  if (node.type === 'concatenated_string') {
    // A macro between the pieces (`"%" WIDTH "s"`) hides part of the text: unknown.
    const parts = namedChildrenOf(node).map((part) => literalText(part));
    return parts.every((part) => part !== undefined) ? parts.join('') : undefined;
  }
  return node.namedChildren
    .filter((part) => part?.type === 'string_content' || part?.type === 'escape_sequence')
    .map((part) => part?.text ?? '')
    .join('');
}

/** An ALL_CAPS identifier is by convention a macro, very often one that expands to a string literal. */
export function isMacroConstant(node: SyntaxNode | undefined): boolean {
  return node?.type === 'identifier' && /^[A-Z][A-Z0-9_]*$/.test(node.text);
}
