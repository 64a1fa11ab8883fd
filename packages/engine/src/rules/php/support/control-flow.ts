import type { SyntaxNode } from '../../../parse/parser.js';

const JUMPS = new Set([
  'return_statement',
  'break_statement',
  'continue_statement',
  'exit_statement',
  'goto_statement',
]);
/** A statement that never lets control reach the next one: a jump, `throw`, `exit` or `die`. */
export function leaves(statement: SyntaxNode): boolean {
  if (JUMPS.has(statement.type)) return true;
  if (statement.type !== 'expression_statement') return false;
  const expression = statement.namedChild(0);
  if (expression?.type === 'throw_expression') return true;
  const name = expression?.type === 'function_call_expression' ? expression.childForFieldName('function') : expression;
  return name?.type === 'name' && ['die', 'exit'].includes(name.text.toLowerCase());
}
