import type { SyntaxNode } from '../../../parse/parser.js';
import { countParameters, textOf } from '../heads.js';
import { AND, OR, countEach, setOf, type FunctionHead, type FunctionSpec } from '../spec.js';

// `/` and a bare `*` separate parameters; lizard finds no word in them.
const SEPARATORS = setOf('positional_separator', 'keyword_separator', 'comment');

/** `def` functions and methods; lizard reads lambdas as part of the function around them. */
export function describePythonFunction(fn: SyntaxNode, source: string): FunctionHead | undefined {
  const name = fn.childForFieldName('name');
  if (!name) return undefined;
  return {
    name: textOf(name, source),
    startRow: name.startPosition.row,
    nbParameters: countParameters(fn.childForFieldName('parameters'), SEPARATORS),
  };
}

/** A statement that is only a triple-quoted string: lizard takes docstrings and such strings for comments. */
function isTripleQuotedStatement(statement: SyntaxNode): boolean {
  if (statement.namedChildCount !== 1) return false;
  const only = statement.namedChild(0);
  if (only?.type !== 'string') return false;
  const opening = only.firstChild?.text ?? '';
  return opening.endsWith('"""') || opening.endsWith("'''");
}

/** Python as lizard's PythonReader reads it: `elif`, `except`, `finally`, `and`, `or` and match `case` count. */
export const pythonSpec: FunctionSpec = {
  functions: setOf('function_definition'),
  describe: describePythonFunction,
  ccnTokens: countEach('if', 'elif', 'for', 'while', 'except', 'finally', 'and', 'or', 'case'),
  comments: setOf('comment'),
  nesting: setOf(
    'if_statement',
    'for_statement',
    'while_statement',
    'except_clause',
    'conditional_expression',
    'match_statement',
  ),
  ifTypes: setOf(),
  flat: new Map([
    ['elif_clause', null],
    ['else_clause', setOf('if_statement')],
  ]),
  nestingOnly: setOf('lambda'),
  logicalOperators: new Map([
    ['and', AND],
    ['or', OR],
  ]),
  logicalParents: setOf('boolean_operator'),
  nonCodeCandidates: setOf('expression_statement'),
  isNonCode: isTripleQuotedStatement,
};
