import type { SyntaxNode } from '../../../parse/parser.js';
import { countParameters, enclosingNames, textOf } from '../heads.js';
import { AND, OR, countEach, setOf, type FunctionHead, type FunctionSpec } from '../spec.js';

const DECLARATOR_WRAPPERS = setOf('pointer_declarator', 'reference_declarator', 'parenthesized_declarator', 'attributed_declarator');
const NOT_PARAMETERS = setOf('variadic_parameter', 'comment');
const SCOPES = setOf('class_specifier', 'struct_specifier', 'union_specifier', 'namespace_definition');

/** The function_declarator under a definition's declarator chain (`int *f(void)` wraps it in a pointer). */
function functionDeclarator(definition: SyntaxNode): SyntaxNode | undefined {
  let declarator = definition.childForFieldName('declarator');
  while (declarator && DECLARATOR_WRAPPERS.has(declarator.type)) declarator = declarator.childForFieldName('declarator') ?? declarator.namedChild(declarator.namedChildCount - 1);
  return declarator?.type === 'function_declarator' ? declarator : undefined;
}

/** lizard skips a lone `void` (no parameters) and `...` (no word in it). */
function countCParameters(list: SyntaxNode | null, source: string): number {
  if (!list) return 0;
  const count = countParameters(list, NOT_PARAMETERS);
  if (count === 1 && list.namedChildCount === 1 && textOf(list.namedChild(0)!, source).trim() === 'void') return 0;
  return count;
}

/** C and C++ definitions as lizard names them: `Class::method` inside classes and namespaces. */
export function describeCFunction(definition: SyntaxNode, source: string): FunctionHead | undefined {
  const declarator = functionDeclarator(definition);
  const nameNode = declarator?.childForFieldName('declarator');
  if (!declarator || !nameNode || !definition.childForFieldName('body')) return undefined;
  const scopes = enclosingNames(definition, SCOPES, (scope) => {
    const name = scope.childForFieldName('name');
    return name ? textOf(name, source) : undefined;
  });
  return {
    name: [...scopes, textOf(nameNode, source)].join('::'),
    startRow: nameNode.startPosition.row,
    nbParameters: countCParameters(declarator.childForFieldName('parameters'), source),
  };
}

/** C as lizard's CLikeReader reads it; `#if`, `#ifdef` and `#elif` count like `if` (its preprocess step). */
export const cSpec: FunctionSpec = {
  functions: setOf('function_definition'),
  describe: describeCFunction,
  ccnTokens: countEach('if', 'for', 'while', 'case', '&&', '||', '?', '#if', '#ifdef', '#elif'),
  comments: setOf('comment'),
  nesting: setOf('if_statement', 'for_statement', 'while_statement', 'do_statement', 'switch_statement', 'conditional_expression'),
  ifTypes: setOf('if_statement'),
  elseKeyword: 'else',
  flat: new Map([['goto_statement', null]]),
  logicalOperators: new Map([['&&', AND], ['||', OR]]),
  logicalParents: setOf('binary_expression'),
};
