import type { SyntaxNode } from '../../../parse/parser.js';
import { countParameters, textOf } from '../heads.js';
import { AND, OR, countEach, setOf, type FunctionHead, type FunctionSpec } from '../spec.js';

/** `fn` items with a body; lizard reads closures as part of the function around them. */
export function describeRustFunction(fn: SyntaxNode, source: string): FunctionHead | undefined {
  const name = fn.childForFieldName('name');
  if (!name || !fn.childForFieldName('body')) return undefined;
  return {
    name: textOf(name, source),
    startRow: name.startPosition.row,
    nbParameters: countParameters(
      fn.childForFieldName('parameters'),
      setOf('attribute_item', 'line_comment', 'block_comment'),
    ),
  };
}

/** Rust as lizard's RustReader reads it: `match` counts once (not per arm), and so do `where` and every `?`. */
export const rustSpec: FunctionSpec = {
  functions: setOf('function_item'),
  describe: describeRustFunction,
  ccnTokens: countEach('if', 'for', 'while', 'match', 'where', '&&', '||', '?'),
  comments: setOf('line_comment', 'block_comment'),
  nesting: setOf('if_expression', 'for_expression', 'while_expression', 'loop_expression', 'match_expression'),
  ifTypes: setOf('if_expression'),
  elseKeyword: 'else',
  labeledJumps: new Map([
    ['break_expression', setOf('label', 'lifetime')],
    ['continue_expression', setOf('label', 'lifetime')],
  ]),
  nestingOnly: setOf('closure_expression'),
  logicalOperators: new Map([
    ['&&', AND],
    ['||', OR],
  ]),
  logicalParents: setOf('binary_expression'),
};
