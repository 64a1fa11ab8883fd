import type { SyntaxNode } from '../../../parse/parser.js';
import { isStringLiteral, literalText } from './calls.js';

/** A printf conversion: flags, width, precision, length, and its letter (`%%` is no conversion). */
const CONVERSION = /%(?:%|[-+ #0']*(\*|\d+)?(?:\.(\*|\d+))?([hlLqjzt]*)([a-zA-Z]))/g;
/** The longest text of an `int` (`-2147483648`, 11 octal digits), and of a 64-bit one with a length modifier. */
const INT_DIGITS = 11;
const LONG_DIGITS = 22;
/** `0x` and 16 hexadecimal digits. */
const POINTER_DIGITS = 18;

/** The longest text a number, character or pointer conversion prints; undefined for floating point and the rest. */
function longestNumber(letter: string, modifier: string): number | undefined {
  if (letter === 'c') return 1;
  if (letter === 'p') return POINTER_DIGITS;
  if (!'diouxX'.includes(letter)) return undefined;
  return /[lLqjzt]/.test(modifier) ? LONG_DIGITS : INT_DIGITS;
}

/** A `char name[N]` declarator's inner name and its numeric size, or undefined when the size is not a number. */
function arrayDeclarator(declarator: SyntaxNode | null): { name: string; size: number } | undefined {
  for (let node = declarator; node; node = node.childForFieldName('declarator')) {
    if (node.type !== 'array_declarator') continue;
    const inner = node.childForFieldName('declarator');
    const size = node.childForFieldName('size');
    if (!inner || !/^(?:field_)?identifier$/.test(inner.type) || size?.type !== 'number_literal') return undefined;
    return { name: inner.text, size: Number.parseInt(size.text, 10) };
  }
  return undefined;
}

/** The innermost name a declarator declares (`*names[]` → `names`). */
function declaredName(declarator: SyntaxNode | null): string | undefined {
  let node = declarator;
  while (node && !/^(?:field_)?identifier$/.test(node.type))
    node =
      node.childForFieldName('declarator') ??
      node.namedChildren.find((child) => child?.type.includes('declarator')) ??
      null;
  return node?.text;
}

const declaratorsOf = (declaration: SyntaxNode): SyntaxNode[] =>
  declaration.childrenForFieldName('declarator').filter((node): node is SyntaxNode => node !== null);

/** Declarations of `name` in the function around `use` (before it) and at file scope. */
function declarationsOf(use: SyntaxNode, name: string): SyntaxNode[] {
  let fn = use.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  const scopes = [fn, use.tree.rootNode].filter((scope): scope is SyntaxNode => scope !== null);
  return scopes.flatMap((scope) =>
    scope
      .descendantsOfType('declaration')
      .filter((node): node is SyntaxNode => node !== null && node.startIndex < use.startIndex)
      .filter((node) => node.text.includes(name)),
  );
}

/** The size of the fixed array `name` declared in sight of `use`, when every declaration of it agrees on a number. */
export function fixedArraySize(use: SyntaxNode, name: string): number | undefined {
  const sizes = new Set<number>();
  for (const declaration of declarationsOf(use, name))
    for (const declarator of declaratorsOf(declaration)) {
      const inner = declarator.type === 'init_declarator' ? declarator.childForFieldName('declarator') : declarator;
      const array = arrayDeclarator(inner);
      if (array?.name === name) sizes.add(array.size);
    }
  return sizes.size === 1 ? [...sizes][0] : undefined;
}

/** The longest string of a table initialized with string literals only (`const char *names[] = { "a", "bc" }`). */
function longestInLiteralTable(use: SyntaxNode, name: string): number | undefined {
  for (const declaration of declarationsOf(use, name))
    for (const declarator of declaratorsOf(declaration)) {
      if (declarator.type !== 'init_declarator' || declaredName(declarator) !== name) continue;
      const value = declarator.childForFieldName('value');
      const items = value?.type === 'initializer_list' ? value.namedChildren : [];
      const lengths = items.map((item) =>
        isStringLiteral(item ?? undefined) ? literalText(item ?? undefined) : undefined,
      );
      if (lengths.length > 0 && lengths.every((text) => text !== undefined))
        return Math.max(...lengths.map((text) => (text ?? '').length));
    }
  return undefined;
}

/** The size of a struct field `char name[N]` the file declares, when every such field agrees on a number. */
function fieldArraySize(use: SyntaxNode, name: string): number | undefined {
  const sizes = new Set<number>();
  for (const field of use.tree.rootNode.descendantsOfType('field_declaration'))
    for (const declarator of field?.childrenForFieldName('declarator') ?? []) {
      const array = arrayDeclarator(declarator);
      if (array?.name === name) sizes.add(array.size);
    }
  return sizes.size === 1 ? [...sizes][0] : undefined;
}

/** The most characters a `%s` argument can hold, when the file shows a bound; undefined when it does not. */
function longestString(argument: SyntaxNode): number | undefined {
  if (isStringLiteral(argument)) return literalText(argument)?.length;
  if (argument.type === 'identifier') {
    const size = fixedArraySize(argument, argument.text);
    return size === undefined ? undefined : size - 1;
  }
  if (argument.type === 'subscript_expression') {
    const table = argument.childForFieldName('argument');
    return table?.type === 'identifier' ? longestInLiteralTable(argument, table.text) : undefined;
  }
  if (argument.type === 'field_expression') {
    const field = argument.childForFieldName('field');
    const size = field ? fieldArraySize(argument, field.text) : undefined;
    return size === undefined ? undefined : size - 1;
  }
  return undefined;
}

/**
 * The most bytes `sprintf(dst, format, args...)` writes, its terminating NUL included, when every conversion has a
 * bound: integers, characters and pointers, and `%s` of a literal, a fixed array, a table of literals or a struct's
 * fixed array field. Undefined when any conversion is unbounded (`%f`, a `%s` of unknown length, a `*` width).
 */
export function formattedLengthBound(format: string, args: readonly SyntaxNode[]): number | undefined {
  let total = format.replace(CONVERSION, '').length + 1;
  let next = 0;
  for (const [conversion, width, precision, modifier = '', letter = ''] of format.matchAll(CONVERSION)) {
    if (conversion === '%%') {
      total += 1;
      continue;
    }
    if (width === '*' || precision === '*') return undefined;
    const argument = args[next++];
    if (!argument) return undefined;
    const least = width === undefined ? 0 : Number(width);
    const longest =
      letter === 's'
        ? precision === undefined
          ? longestString(argument)
          : Number(precision)
        : longestNumber(letter, modifier);
    if (longest === undefined) return undefined;
    total += Math.max(least, longest);
  }
  return total;
}
