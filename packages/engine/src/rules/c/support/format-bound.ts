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

const encloses = (scope: SyntaxNode | null, use: SyntaxNode): boolean =>
  scope !== null && scope.startIndex <= use.startIndex && use.endIndex <= scope.endIndex;

/**
 * The declarations of `name` in sight of `use`, nearest first: those before it in the function around it, in a block
 * that holds the use (a `char label[64]` in a sibling block is another variable), then those at file scope.
 */
function declarationsOf(use: SyntaxNode, name: string): SyntaxNode[] {
  let fn = use.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  const scopes = [fn, use.tree.rootNode].filter((scope): scope is SyntaxNode => scope !== null);
  return scopes.flatMap((scope) =>
    scope
      .descendantsOfType('declaration')
      .filter((node): node is SyntaxNode => node !== null && node.startIndex < use.startIndex)
      .filter((node) => encloses(node.parent, use) && node.text.includes(name))
      .reverse(),
  );
}

/** The size of the fixed array `name` as the nearest declaration in sight of `use` declares it, when it is a number. */
export function fixedArraySize(use: SyntaxNode, name: string): number | undefined {
  for (const declaration of declarationsOf(use, name))
    for (const declarator of declaratorsOf(declaration)) {
      if (declaredName(declarator) !== name) continue;
      const inner = declarator.type === 'init_declarator' ? declarator.childForFieldName('declarator') : declarator;
      return arrayDeclarator(inner)?.size;
    }
  return undefined;
}

/** The longest string of a table initialized with string literals only (`const char *names[] = { "a", "bc" }`). */
function longestInLiteralTable(use: SyntaxNode, name: string): number | undefined {
  for (const declaration of declarationsOf(use, name))
    for (const declarator of declaratorsOf(declaration)) {
      if (declaredName(declarator) !== name) continue;
      const value = declarator.childForFieldName('value');
      const items = value?.type === 'initializer_list' ? value.namedChildren : [];
      const lengths = items.map((item) =>
        isStringLiteral(item ?? undefined) ? literalText(item ?? undefined) : undefined,
      );
      if (lengths.length === 0 || lengths.some((text) => text === undefined)) return undefined;
      return Math.max(...lengths.map((text) => (text ?? '').length));
    }
  return undefined;
}

/** The type name (`Doc` of `Doc *d`) of the parameter or nearest local `name` in sight of `use`. */
function declaredTypeName(use: SyntaxNode, name: string): string | undefined {
  let fn = use.parent;
  while (fn && fn.type !== 'function_definition') fn = fn.parent;
  const parameters = fn?.childForFieldName('declarator')?.descendantsOfType('parameter_declaration') ?? [];
  const candidates = [...declarationsOf(use, name), ...parameters.filter((node): node is SyntaxNode => node !== null)];
  for (const declaration of candidates)
    if (declaratorsOf(declaration).some((declarator) => declaredName(declarator) === name))
      return declaration.childForFieldName('type')?.text.replace(/^(?:struct|class)\s+/, '');
  return undefined;
}

/** The struct or class the file defines under `typeName`, or the whole file when it defines none. */
function fieldsScope(use: SyntaxNode, typeName: string | undefined): SyntaxNode {
  const types = use.tree.rootNode.descendantsOfType(['struct_specifier', 'class_specifier']);
  const own = types.find(
    (type) => type?.childForFieldName('name')?.text === typeName && type?.childForFieldName('body'),
  );
  return own ?? use.tree.rootNode;
}

/**
 * The largest size of the fields `char name[N]` of the receiver's struct (or, when the file does not define it, of
 * every struct in the file), when every field so named is such an array.
 */
function fieldArraySize(use: SyntaxNode, name: string, receiver: SyntaxNode | null): number | undefined {
  const typeName = receiver?.type === 'identifier' ? declaredTypeName(use, receiver.text) : undefined;
  let largest: number | undefined;
  for (const field of fieldsScope(use, typeName).descendantsOfType('field_declaration'))
    for (const declarator of field?.childrenForFieldName('declarator') ?? []) {
      if (!declarator || declaredName(declarator) !== name) continue;
      const inner = declarator.type === 'init_declarator' ? declarator.childForFieldName('declarator') : declarator;
      const size = arrayDeclarator(inner)?.size;
      if (size === undefined) return undefined;
      largest = Math.max(largest ?? 0, size);
    }
  return largest;
}

/**
 * The longest string a pointer variable can point to when the nearest declaration initializes it from a literal or
 * an entry of a table of literals (`const char *category = Names[i % N];`) and nothing assigns it afterwards.
 */
function longestInitialString(use: SyntaxNode, name: string): number | undefined {
  for (const declaration of declarationsOf(use, name))
    for (const declarator of declaratorsOf(declaration)) {
      if (declaredName(declarator) !== name) continue;
      const value = declarator.type === 'init_declarator' ? declarator.childForFieldName('value') : null;
      const scope = declaration.parent;
      const between = scope ? use.tree.rootNode.text.slice(declaration.endIndex, use.startIndex) : '';
      if (!value || new RegExp(`\\b${name}\\s*(?:\\[[^\\]]*\\]\\s*)?=(?!=)`).test(between)) return undefined;
      return value.type === 'subscript_expression' || isStringLiteral(value) ? longestString(value) : undefined;
    }
  return undefined;
}

/** The most characters a `%s` argument can hold, when the file shows a bound; undefined when it does not. */
function longestString(argument: SyntaxNode): number | undefined {
  if (isStringLiteral(argument)) return literalText(argument)?.length;
  if (argument.type === 'identifier') {
    const size = fixedArraySize(argument, argument.text);
    return size === undefined ? longestInitialString(argument, argument.text) : size - 1;
  }
  if (argument.type === 'subscript_expression') {
    const table = argument.childForFieldName('argument');
    return table?.type === 'identifier' ? longestInLiteralTable(argument, table.text) : undefined;
  }
  if (argument.type === 'field_expression') {
    const field = argument.childForFieldName('field');
    const size = field ? fieldArraySize(argument, field.text, argument.childForFieldName('argument')) : undefined;
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
