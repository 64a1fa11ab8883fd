import type { SyntaxNode } from '../../../parse/parser.js';
import { textOf } from '../heads.js';
import { AND, OR, countEach, setOf, type FunctionHead, type FunctionSpec } from '../spec.js';

/** lizard counts the words of every parameter list (`def f(a: A)(b: B)` has two). */
function countScalaParameters(fn: SyntaxNode): number {
  let count = 0;
  for (const list of fn.childrenForFieldName('parameters')) {
    for (const parameter of list?.namedChildren ?? [])
      if (parameter?.type === 'parameter' || parameter?.type === 'class_parameter') count++;
  }
  return count;
}

/** `def` with a body; lizard reads lambdas as part of the function around them. */
export function describeScalaFunction(fn: SyntaxNode, source: string): FunctionHead | undefined {
  const name = fn.childForFieldName('name');
  if (!name || !fn.childForFieldName('body')) return undefined;
  return { name: textOf(name, source), startRow: name.startPosition.row, nbParameters: countScalaParameters(fn) };
}

/** Scala as lizard's ScalaReader reads it: `case` (of match and of `case class`) and `do` count. */
export const scalaSpec: FunctionSpec = {
  functions: setOf('function_definition'),
  describe: describeScalaFunction,
  ccnTokens: countEach('if', 'for', 'while', 'catch', 'do', 'case', '&&', '||'),
  // This grammar keeps operators as `operator_identifier` leaves: `&&` and `||` are found by their text.
  textTokens: setOf('operator_identifier'),
  comments: setOf('comment', 'block_comment'),
  nesting: setOf(
    'if_expression',
    'for_expression',
    'while_expression',
    'do_while_expression',
    'match_expression',
    'catch_clause',
  ),
  ifTypes: setOf('if_expression'),
  elseKeyword: 'else',
  nestingOnly: setOf('lambda_expression'),
  logicalOperators: new Map([
    ['&&', AND],
    ['||', OR],
  ]),
  logicalParents: setOf('infix_expression'),
};
