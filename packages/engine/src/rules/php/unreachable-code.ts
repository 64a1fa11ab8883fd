import type { SyntaxNode } from '../../parse/parser.js';
import { namedChildrenOf } from '../support/syntax.js';
import { unreachableCodeRule } from '../support/unreachable-code-rule.js';

const JUMPS = new Set([
  'return_statement',
  'break_statement',
  'continue_statement',
  'exit_statement',
  'goto_statement',
]);
/**
 * Declarations are hoisted or not executed in order; comments and
 * inline HTML are not statements, nor are the cases of a switch.
 */
const NOT_STATEMENTS = new Set([
  'comment',
  'text_interpolation',
  'function_definition',
  'class_declaration',
  'interface_declaration',
  'trait_declaration',
  'enum_declaration',
  'empty_statement',
  'named_label_statement',
  'case_statement',
  'default_statement',
]);

/** A statement that never lets control reach the next one: a jump, `throw`, `exit` or `die`. */
function leaves(statement: SyntaxNode): boolean {
  if (JUMPS.has(statement.type)) return true;
  if (statement.type !== 'expression_statement') return false;
  const expression = statement.namedChild(0);
  if (expression?.type === 'throw_expression') return true;
  const name = expression?.type === 'function_call_expression' ? expression.childForFieldName('function') : expression;
  return name?.type === 'name' && ['die', 'exit'].includes(name.text.toLowerCase());
}

export const rule = unreachableCodeRule({
  id: 'php/unreachable-code',
  equivalents: { phpcs: ['Squiz.PHP.NonExecutableCode'], phpstan: ['deadCode.unreachable'] },
  language: 'php',
  statementLists: ['compound_statement', 'case_statement', 'default_statement'],
  statementsOf: (list) => namedChildrenOf(list).filter((child) => !NOT_STATEMENTS.has(child.type)),
  leaves,
  message: () => 'Unreachable code: the statement before it always leaves this block.',
  help: 'Remove it, or make the jump before it conditional.',
  docs: {
    whatItFinds:
      'A statement after `return`, `throw`, `break`, `continue`, `exit` ' +
      'or `die` in the same block (PHPCS Squiz.PHP.NonExecutableCode).',
    whyItMatters:
      'Code that can never run is either dead weight or a bug: usually the jump was meant to be conditional.',
    example: {
      bad: 'function save($u) {\n    return false;\n    $this->db->persist($u);\n}',
      good: `function save($u) {
    if (!$u->isValid()) {
        return false;
    }
    $this->db->persist($u);
}`,
    },
  },
});
