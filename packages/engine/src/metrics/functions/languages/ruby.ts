import type { SyntaxNode } from '../../../parse/parser.js';
import { countParameters, textOf } from '../heads.js';
import { AND, OR, setOf, type FunctionHead, type FunctionSpec } from '../spec.js';

/** `def` methods, singleton ones included; lizard reads blocks as part of the method around them. */
export function describeRubyMethod(method: SyntaxNode, source: string): FunctionHead | undefined {
  const name = method.childForFieldName('name');
  if (!name) return undefined;
  return {
    name: textOf(name, source),
    startRow: name.startPosition.row,
    nbParameters: countParameters(method.childForFieldName('parameters')),
  };
}

const IF = setOf('if', 'if_modifier');
const UNLESS = setOf('if', 'unless', 'elsif');

/**
 * Ruby as lizard's RubylikeReader reads it: `if`, `elsif`, `until`, `while`, `for`, `rescue`, `ensure`, `when`,
 * `and`, `or`, `&&`, `||` and `?` count, `unless` does not. Keywords and their statements share type names
 * (`if` is both), so each keyword counts only under its statement.
 */
export const rubySpec: FunctionSpec = {
  functions: setOf('method', 'singleton_method'),
  describe: describeRubyMethod,
  namedStructuresOnly: true,
  ccnTokens: new Map([
    ['if', 1],
    ['elsif', 1],
    ['until', 1],
    ['for', 1],
    ['while', 1],
    ['rescue', 1],
    ['ensure', 1],
    ['when', 1],
    ['and', 1],
    ['or', 1],
    ['&&', 1],
    ['||', 1],
    ['?', 1],
  ]),
  ccnTokenParents: new Map([
    ['if', IF],
    ['elsif', setOf('elsif')],
    ['until', setOf('until', 'until_modifier')],
    ['for', setOf('for')],
    ['while', setOf('while', 'while_modifier')],
    ['rescue', setOf('rescue', 'rescue_modifier')],
    ['ensure', setOf('ensure')],
    ['when', setOf('when')],
    ['?', setOf('conditional')],
  ]),
  comments: setOf('comment'),
  nesting: setOf(
    'if',
    'unless',
    'if_modifier',
    'unless_modifier',
    'while',
    'until',
    'while_modifier',
    'until_modifier',
    'for',
    'case',
    'case_match',
    'rescue',
    'conditional',
  ),
  ifTypes: setOf(),
  flat: new Map([
    ['elsif', null],
    ['else', UNLESS],
  ]),
  nestingOnly: setOf('block', 'do_block', 'lambda'),
  logicalOperators: new Map([
    ['and', AND],
    ['&&', AND],
    ['or', OR],
    ['||', OR],
  ]),
  logicalParents: setOf('binary'),
};
