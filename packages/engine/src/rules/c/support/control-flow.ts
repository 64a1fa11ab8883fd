import type { SyntaxNode } from '../../../parse/parser.js';
import { codeChildrenOf } from '../../support/syntax.js';
import { calleeName } from './calls.js';
import { NO_RETURN_FUNCTIONS } from './no-return.js';

const JUMPS = new Set([
  'return_statement',
  'break_statement',
  'continue_statement',
  'goto_statement',
  'throw_statement',
  'co_return_statement',
]);
/**
 * What the source of every statement `isJump` accepts starts with:
 * its keyword, or the function called (as `calleeName` reads it).
 */
export const LEAVING_START = new RegExp(
  `(?:std::|::)?(?:return|break|continue|goto|throw|co_return|${[...NO_RETURN_FUNCTIONS].join('|')})`,
  'y',
);

/** The statements of a block or case, without comments and without the empty statement of a doubled `;;`. */
export function statementsOf(node: SyntaxNode): SyntaxNode[] {
  const value = node.childForFieldName('value');
  return codeChildrenOf(node).filter(
    (child) => child.id !== value?.id && !(child.type === 'expression_statement' && child.namedChildCount === 0),
  );
}

/** A statement after which control never reaches the next one: a jump, or a call to exit/abort and their kin. */
export function isJump(statement: SyntaxNode): boolean {
  if (JUMPS.has(statement.type)) return true;
  const call = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
  if (call?.type === 'throw_expression') return true;
  return call?.type === 'call_expression' && NO_RETURN_FUNCTIONS.has(calleeName(call) ?? '');
}

/** The jump's keyword, or the function called, for messages. */
export function describeJump(statement: SyntaxNode): string {
  if (JUMPS.has(statement.type)) return statement.type.replace('_statement', '');
  const call = statement.namedChild(0);
  if (call?.type === 'throw_expression') return 'throw';
  return `${call ? calleeName(call) : 'exit'}()`;
}
