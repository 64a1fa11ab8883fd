import type { SyntaxNode } from '../../../parse/parser.js';
import { ANONYMOUS, countParameters, textOf } from '../heads.js';
import { AND, OR, setOf, type FunctionHead, type FunctionSpec } from '../spec.js';

const NULLISH = 3;
/** Python's `\w`, which lizard's tokenizer uses: `a?.b` is the tokens `a?` `.` `b`, so no `?` is counted. */
const WORD = /[\p{L}\p{N}_]/u;

/** Where a function value gets its name in lizard: the variable, property or field it is assigned to. */
function assignedName(fn: SyntaxNode, source: string): string {
  const parent = fn.parent;
  if (!parent) return ANONYMOUS;
  switch (parent.type) {
    case 'variable_declarator':
    case 'public_field_definition':
    case 'field_definition':
    case 'pair': {
      const target =
        parent.childForFieldName('name') ?? parent.childForFieldName('property') ?? parent.childForFieldName('key');
      return target ? textOf(target, source) : ANONYMOUS;
    }
    case 'assignment_expression': {
      const left = parent.childForFieldName('left');
      return left ? textOf(left, source) : ANONYMOUS;
    }
    default:
      return ANONYMOUS;
  }
}

/** lizard starts a JS function at its `(`, or at the body of a parenthesis-less arrow (`x => …`). */
export function describeJsFunction(fn: SyntaxNode, source: string): FunctionHead | undefined {
  const body = fn.childForFieldName('body');
  if (!body) return undefined;
  const parameters = fn.childForFieldName('parameters');
  const name = fn.childForFieldName('name');
  return {
    name: name ? textOf(name, source) : assignedName(fn, source),
    startRow: (parameters ?? body).startPosition.row,
    nbParameters: parameters ? countParameters(parameters) : 1,
  };
}

/** What lizard's tokenizer makes of `?`, `?.` and `??`, depending on whether a word glues to them. */
function adjustQuestionMarks(type: string, _parentType: string, startIndex: number, source: string): number {
  const glued = startIndex > 0 && WORD.test(source.charAt(startIndex - 1));
  if (type === '??' || type === '??=') return glued ? 1 : 2;
  if (type === '?' || type === 'optional_chain') return glued ? 0 : 1;
  return 1;
}

/** JavaScript, TypeScript and TSX, as lizard's TypeScriptReader reads them. */
export const javascriptSpec: FunctionSpec = {
  functions: setOf(
    'function_declaration',
    'generator_function_declaration',
    'function_expression',
    'function',
    'generator_function',
    'arrow_function',
    'method_definition',
  ),
  describe: describeJsFunction,
  ccnTokens: new Map([
    ['if', 1],
    ['for', 1],
    ['while', 1],
    ['catch', 1],
    ['case', 1],
    ['&&', 1],
    ['||', 1],
    ['&&=', 1],
    ['||=', 1],
    ['?', 1],
    ['?.', 1],
    ['optional_chain', 1],
    ['??', 2],
    ['??=', 2],
  ]),
  // TypeScript's `x?: T` and `?` in types are glued words in lizard's tokens; only the ternary's `?` counts.
  ccnTokenParents: new Map([['?', setOf('ternary_expression')]]),
  ccnTokenAdjust: adjustQuestionMarks,
  // lizard reads a template literal as string pieces and whole `${…}` expressions: nothing inside counts.
  opaque: setOf('template_string'),
  comments: setOf('comment', 'html_comment'),
  nesting: setOf(
    'if_statement',
    'for_statement',
    'for_in_statement',
    'while_statement',
    'do_statement',
    'switch_statement',
    'catch_clause',
    'ternary_expression',
  ),
  ifTypes: setOf('if_statement'),
  elseKeyword: 'else',
  labeledJumps: new Map([
    ['break_statement', setOf('statement_identifier')],
    ['continue_statement', setOf('statement_identifier')],
  ]),
  logicalOperators: new Map([
    ['&&', AND],
    ['||', OR],
    ['??', NULLISH],
  ]),
  logicalParents: setOf('binary_expression'),
};
