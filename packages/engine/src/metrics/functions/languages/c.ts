import type { SyntaxNode } from '../../../parse/parser.js';
import { countParameters, enclosingNames, textOf } from '../heads.js';
import { AND, OR, countEach, setOf, type FunctionHead, type FunctionSpec } from '../spec.js';

const DECLARATOR_WRAPPERS = setOf(
  'pointer_declarator',
  'reference_declarator',
  'parenthesized_declarator',
  'attributed_declarator',
);
const NOT_PARAMETERS = setOf('variadic_parameter', 'comment');
const KEYWORDS = setOf('if', 'else', 'for', 'while', 'do', 'switch', 'case', 'return', 'sizeof');
const SCOPES = setOf('class_specifier', 'struct_specifier', 'union_specifier', 'namespace_definition');

/** The function_declarator under a definition's declarator chain (`int *f(void)` wraps it in a pointer). */
function functionDeclarator(definition: SyntaxNode): SyntaxNode | undefined {
  let declarator = definition.childForFieldName('declarator');
  while (declarator && DECLARATOR_WRAPPERS.has(declarator.type))
    declarator = declarator.childForFieldName('declarator') ?? declarator.namedChild(declarator.namedChildCount - 1);
  return declarator?.type === 'function_declarator' ? declarator : undefined;
}

/** lizard skips a lone `void` (no parameters) and `...` (no word in it). */
function countCParameters(list: SyntaxNode | null, source: string): number {
  if (!list) return 0;
  const count = countParameters(list, NOT_PARAMETERS);
  if (count === 1 && list.namedChildCount === 1 && textOf(list.namedChild(0)!, source).trim() === 'void') return 0;
  return count;
}

/**
 * lizard's CppRValueRefStates takes `&&` for an rvalue reference, and uncounts it, when an `=` comes before any
 * of `;{})` — so `while (p && (q = next(p)) != NULL)` counts the `&&` zero times.
 */
export function adjustRvalueReference(type: string, _parentType: string, startIndex: number, source: string): number {
  if (type !== '&&' || insideRvalueWindow(startIndex, source)) return 1;
  for (let i = startIndex + 2; i < source.length; i++) {
    const char = source.charCodeAt(i);
    // ; { } )
    if (char === 59 || char === 123 || char === 125 || char === 41) return 1;
    if (char === 61) {
      const before = source.charAt(i - 1);
      if (source.charAt(i + 1) === '=' || '=!<>+-*/^&|'.includes(before)) {
        i++;
        continue;
      }
      return 0;
    }
  }
  return 1;
}

/** True when an earlier `&&` reaches this one before any of `=;{})`: lizard's state already swallowed it. */
function insideRvalueWindow(startIndex: number, source: string): boolean {
  for (let i = startIndex - 1; i > 0; i--) {
    const char = source.charCodeAt(i);
    if (char === 59 || char === 123 || char === 125 || char === 41) return false;
    if (char === 38 && source.charCodeAt(i - 1) === 38) return true;
    if (char === 61 && source.charAt(i + 1) !== '=' && !'=!<>+-*/^&|'.includes(source.charAt(i - 1))) return false;
  }
  return false;
}

/** C and C++ definitions as lizard names them: `Class::method` inside classes and namespaces. */
export function describeCFunction(definition: SyntaxNode, source: string): FunctionHead | undefined {
  const declarator = functionDeclarator(definition);
  const nameNode = declarator?.childForFieldName('declarator');
  if (!declarator || !nameNode || !definition.childForFieldName('body')) return undefined;
  // Error recovery can read `else if (x) {` as a definition of `if`: it is the enclosing function's code.
  if (KEYWORDS.has(textOf(nameNode, source))) return undefined;
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
  ccnTokenAdjust: adjustRvalueReference,
  // lizard reads a whole `#if …` line as one token, so `&&` and `||` in the condition do not count.
  directives: setOf('#if', '#elif'),
  directiveLines: setOf(
    '#if',
    '#ifdef',
    '#ifndef',
    '#elif',
    '#elifdef',
    '#elifndef',
    '#else',
    '#endif',
    '#define',
    '#undef',
    'preproc_directive',
  ),
  misparsedKeywords: setOf('identifier', 'type_identifier'),
  comments: setOf('comment'),
  nesting: setOf(
    'if_statement',
    'for_statement',
    'while_statement',
    'do_statement',
    'switch_statement',
    'conditional_expression',
  ),
  ifTypes: setOf('if_statement'),
  elseKeyword: 'else',
  flat: new Map([['goto_statement', null]]),
  logicalOperators: new Map([
    ['&&', AND],
    ['||', OR],
  ]),
  logicalParents: setOf('binary_expression'),
};
