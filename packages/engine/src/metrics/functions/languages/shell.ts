import type { SyntaxNode } from '../../../parse/parser.js';
import { textOf } from '../heads.js';
import { AND, OR, countEach, setOf, type FunctionHead, type FunctionSpec } from '../spec.js';

/** Shell functions take positional arguments, never declared ones. */
export function describeShellFunction(fn: SyntaxNode, source: string): FunctionHead | undefined {
  const name = fn.childForFieldName('name');
  if (!name) return undefined;
  return { name: textOf(name, source), startRow: fn.startPosition.row, nbParameters: 0 };
}

/**
 * lizard has no shell reader; Plumb counts what its other readers count: `if`, `elif`, each loop, each `case`
 * item (as a C `case`), `&&` and `||`.
 */
export const shellSpec: FunctionSpec = {
  functions: setOf('function_definition'),
  describe: describeShellFunction,
  ccnTokens: countEach('if', 'elif', 'for', 'while', 'until', 'case_item', '&&', '||'),
  comments: setOf('comment'),
  nesting: setOf('if_statement', 'for_statement', 'c_style_for_statement', 'while_statement', 'case_statement'),
  ifTypes: setOf(),
  flat: new Map([
    ['elif_clause', null],
    ['else_clause', null],
  ]),
  logicalOperators: new Map([
    ['&&', AND],
    ['||', OR],
  ]),
  logicalParents: setOf('list', 'binary_expression'),
};
