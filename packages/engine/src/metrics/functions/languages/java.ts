import type { SyntaxNode } from '../../../parse/parser.js';
import { ANONYMOUS, countParameters, textOf } from '../heads.js';
import { AND, OR, countEach, setOf, type FunctionHead, type FunctionSpec } from '../spec.js';

const CLASSES = setOf('class_declaration', 'enum_declaration', 'record_declaration');

/** lizard prefixes a method with the class it reads it in: `Class::method`, `(anonymous)::method` in `new T() {…}`. */
function className(method: SyntaxNode, source: string): string | undefined {
  for (let parent = method.parent; parent; parent = parent.parent) {
    if (CLASSES.has(parent.type)) {
      const name = parent.childForFieldName('name');
      return name ? textOf(name, source) : undefined;
    }
    if (parent.type === 'object_creation_expression') return ANONYMOUS;
    if (parent.type === 'interface_declaration') return undefined;
  }
  return undefined;
}

/** Methods and constructors with a body; lizard reads lambdas as part of the method around them. */
export function describeJavaMethod(method: SyntaxNode, source: string): FunctionHead | undefined {
  const name = method.childForFieldName('name');
  if (!name || !method.childForFieldName('body')) return undefined;
  const owner = className(method, source);
  const bare = textOf(name, source);
  return {
    name: owner ? `${owner}::${bare}` : bare,
    startRow: name.startPosition.row,
    nbParameters: countParameters(
      method.childForFieldName('parameters'),
      setOf('receiver_parameter', 'line_comment', 'block_comment'),
    ),
  };
}

const GENERIC_CHARS = /[\w\s,.?]/;

/**
 * lizard's tokenizer swallows `<…>` into one token when it holds a `?` and only word, space, `,` `.` `?`
 * characters up to the first `>`: `List<?>` hides its `?`, but in `Map<K, ? extends List<V>>` the `?` is a token.
 */
export function countWildcard(_type: string, parentType: string, startIndex: number, source: string): number {
  if (parentType !== 'wildcard') return 1;
  let open = startIndex - 1;
  while (open >= 0 && source[open] !== '<' && GENERIC_CHARS.test(source[open]!)) open--;
  if (open < 0 || source[open] !== '<') return 1;
  let close = startIndex + 1;
  while (close < source.length && source[close] !== '>' && GENERIC_CHARS.test(source[close]!)) close++;
  return source[close] === '>' ? 0 : 1;
}

/** Java as lizard's JavaReader reads it (CLikeReader's conditions; `?` of wildcards is part of a type token). */
export const javaSpec: FunctionSpec = {
  functions: setOf('method_declaration', 'constructor_declaration'),
  describe: describeJavaMethod,
  ccnTokens: countEach('if', 'for', 'while', 'catch', 'case', '&&', '||', '?'),
  ccnTokenParents: new Map([['?', setOf('ternary_expression', 'wildcard')]]),
  ccnTokenAdjust: countWildcard,
  comments: setOf('line_comment', 'block_comment'),
  nesting: setOf(
    'if_statement',
    'for_statement',
    'enhanced_for_statement',
    'while_statement',
    'do_statement',
    'switch_expression',
    'switch_statement',
    'catch_clause',
    'ternary_expression',
  ),
  ifTypes: setOf('if_statement'),
  elseKeyword: 'else',
  labeledJumps: new Map([
    ['break_statement', setOf('identifier')],
    ['continue_statement', setOf('identifier')],
  ]),
  nestingOnly: setOf('lambda_expression'),
  logicalOperators: new Map([
    ['&&', AND],
    ['||', OR],
  ]),
  logicalParents: setOf('binary_expression'),
};
