import type { SyntaxNode } from '../../../parse/parser.js';
import { ANONYMOUS, textOf } from '../heads.js';
import { AND, OR, countEach, setOf, type FunctionHead, type FunctionSpec } from '../spec.js';

/** lizard splits Go parameters at commas: `a, b int` is two, `int` alone (unnamed) is one. */
function countGoParameters(list: SyntaxNode | null): number {
  if (!list) return 0;
  let count = 0;
  for (const parameter of list.namedChildren) {
    if (!parameter || parameter.type === 'comment') continue;
    count += Math.max(1, parameter.childrenForFieldName('name').length);
  }
  return count;
}

/** Functions, methods and func literals with a body; lizard starts them at `func`. */
export function describeGoFunction(fn: SyntaxNode, source: string): FunctionHead | undefined {
  if (!fn.childForFieldName('body')) return undefined;
  const name = fn.childForFieldName('name');
  return {
    name: name ? textOf(name, source) : ANONYMOUS,
    startRow: fn.startPosition.row,
    nbParameters: countGoParameters(fn.childForFieldName('parameters')),
  };
}

/** Go as lizard's GoReader reads it: the default conditions, so `case` of switch and select counts, `default` not. */
export const goSpec: FunctionSpec = {
  functions: setOf('function_declaration', 'method_declaration', 'func_literal'),
  describe: describeGoFunction,
  ccnTokens: countEach('if', 'for', 'case', '&&', '||'),
  comments: setOf('comment'),
  nesting: setOf(
    'if_statement',
    'for_statement',
    'expression_switch_statement',
    'type_switch_statement',
    'select_statement',
  ),
  ifTypes: setOf('if_statement'),
  elseKeyword: 'else',
  flat: new Map([['goto_statement', null]]),
  labeledJumps: new Map([
    ['break_statement', setOf('label_name')],
    ['continue_statement', setOf('label_name')],
  ]),
  logicalOperators: new Map([
    ['&&', AND],
    ['||', OR],
  ]),
  logicalParents: setOf('binary_expression'),
};
