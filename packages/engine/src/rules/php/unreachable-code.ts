import { namedChildrenOf } from '../support/syntax.js';
import { unreachableCodeRule } from '../support/unreachable-code-rule.js';
import { leaves } from './support/control-flow.js';

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
