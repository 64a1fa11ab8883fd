import type { SyntaxNode } from '../../../parse/parser.js';

const FUNCTIONS = new Set([
  'function_definition',
  'method_declaration',
  'anonymous_function',
  'anonymous_function_creation_expression',
  'arrow_function',
]);

/** The function, method or closure whose body holds `node`, if any. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let current = node.parent; current; current = current.parent) if (FUNCTIONS.has(current.type)) return current;
  return undefined;
}
