import type { SyntaxNode } from '../../../parse/parser.js';
import { ANONYMOUS, countParameters, textOf } from '../heads.js';
import { AND, OR, countEach, setOf, type FunctionHead, type FunctionSpec } from '../spec.js';

/** Functions, methods, closures and arrow functions with a body. */
export function describePhpFunction(fn: SyntaxNode, source: string): FunctionHead | undefined {
  if (!fn.childForFieldName('body')) return undefined;
  const name = fn.childForFieldName('name');
  return {
    name: name ? textOf(name, source) : ANONYMOUS,
    startRow: (name ?? fn).startPosition.row,
    nbParameters: countParameters(fn.childForFieldName('parameters')),
  };
}

/** lizard's PHP tokenizer keeps `?:` whole, so the short ternary adds nothing. */
function skipShortTernary(type: string, _parentType: string, startIndex: number, source: string): number {
  return type === '?' && source.charAt(startIndex + 1) === ':' ? 0 : 1;
}

/** PHP as lizard's PHPReader reads it: `elseif`, `foreach` and `match` count; `??`, `?->` and `?:` do not. */
export const phpSpec: FunctionSpec = {
  functions: setOf(
    'function_definition',
    'method_declaration',
    'anonymous_function_creation_expression',
    'anonymous_function',
    'arrow_function',
  ),
  describe: describePhpFunction,
  ccnTokens: countEach('if', 'elseif', 'for', 'foreach', 'while', 'catch', 'match', 'case', '&&', '||', '?'),
  ccnTokenParents: new Map([['?', setOf('conditional_expression')]]),
  ccnTokenAdjust: skipShortTernary,
  comments: setOf('comment'),
  nesting: setOf(
    'if_statement',
    'for_statement',
    'foreach_statement',
    'while_statement',
    'do_statement',
    'switch_statement',
    'catch_clause',
    'conditional_expression',
    'match_expression',
  ),
  ifTypes: setOf('if_statement'),
  elseKeyword: 'else',
  flat: new Map([
    ['else_if_clause', null],
    ['goto_statement', null],
  ]),
  logicalOperators: new Map([
    ['&&', AND],
    ['and', AND],
    ['||', OR],
    ['or', OR],
  ]),
  logicalParents: setOf('binary_expression'),
};
