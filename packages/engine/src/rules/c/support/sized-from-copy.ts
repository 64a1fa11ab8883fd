import type { SyntaxNode } from '../../../parse/parser.js';

const FUNCTIONS = new Set(['function_definition', 'lambda_expression']);
/** A printf conversion: flags, width, precision, length, and its letter (`%%` is no conversion). */
const CONVERSION = /%(?:%|[-+ #0']*(\*|\d+)?(?:\.(\*|\d+))?[hlLqjzt]*([a-zA-Z]))/g;

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The arguments a format's `%s` conversions print, in order; undefined when the arguments do not line up. */
export function stringArgumentsOf(format: string, args: readonly SyntaxNode[]): SyntaxNode[] | undefined {
  const strings: SyntaxNode[] = [];
  let next = 0;
  for (const [conversion, width, precision, letter] of format.matchAll(CONVERSION)) {
    if (conversion === '%%') continue;
    if (width === '*') next++;
    if (precision === '*') next++;
    const argument = args[next++];
    if (!argument) return undefined;
    if (letter === 's') strings.push(argument);
  }
  return strings;
}

/** The function's declarations of `name` before `use`, nearest last. */
function declarationsBefore(use: SyntaxNode, fn: SyntaxNode, name: string): SyntaxNode[] {
  return fn
    .descendantsOfType('declaration')
    .filter(
      (declaration): declaration is SyntaxNode =>
        declaration !== null &&
        declaration.startIndex < use.startIndex &&
        declaration.descendantsOfType('identifier').some((identifier) => identifier?.text === name),
    );
}

/** The size expression of a local array `name[size]` declared before `use`, if it is one. */
function arraySize(use: SyntaxNode, fn: SyntaxNode, name: string): SyntaxNode | undefined {
  for (const declaration of declarationsBefore(use, fn, name).reverse())
    for (const array of declaration.descendantsOfType('array_declarator'))
      if (array?.childForFieldName('declarator')?.text === name) return array.childForFieldName('size') ?? undefined;
  return undefined;
}

/** The size's text with each local variable in it replaced by the text of its initializer (one level). */
function sizeText(size: SyntaxNode, use: SyntaxNode, fn: SyntaxNode): string {
  const parts = [size.text];
  for (const identifier of size.type === 'identifier' ? [size] : size.descendantsOfType('identifier')) {
    if (!identifier) continue;
    for (const declaration of declarationsBefore(use, fn, identifier.text))
      for (const init of declaration.descendantsOfType('init_declarator'))
        if (init?.childForFieldName('declarator')?.text === identifier.text)
          parts.push(init.childForFieldName('value')?.text ?? '');
  }
  return squeeze(parts.join(' '));
}

/**
 * Whether the destination `name` is an array sized at run time from the strings copied into it: its size (or the
 * local variable it is sized by) adds up `strlen` of each of them, as `char buf[strlen(dir) + strlen(name) + 2]` for
 * `sprintf(buf, "%s/%s", dir, name)` does.
 */
export function isSizedFromCopiedStrings(destination: SyntaxNode, copied: readonly SyntaxNode[]): boolean {
  if (copied.length === 0) return false;
  let fn = destination.parent;
  while (fn && !FUNCTIONS.has(fn.type)) fn = fn.parent;
  const size = fn ? arraySize(destination, fn, destination.text) : undefined;
  if (!fn || !size) return false;
  const text = sizeText(size, destination, fn);
  return copied.every((string) => text.includes(`strlen(${squeeze(string.text)})`));
}
