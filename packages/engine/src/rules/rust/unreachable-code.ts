import type { SyntaxNode } from '../../parse/parser.js';
import { namedChildrenOf } from '../support/syntax.js';
import { unreachableCodeRule } from '../support/unreachable-code-rule.js';

const JUMPS = new Set(['return_expression', 'break_expression', 'continue_expression']);
const DIVERGING_MACROS = new Set(['panic', 'unreachable', 'todo', 'unimplemented']);

function lastSegment(node: SyntaxNode | null): string | undefined {
  return node?.type === 'scoped_identifier' ? node.childForFieldName('name')?.text : node?.text;
}

/** A statement that never lets control reach the next one. */
function diverges(statement: SyntaxNode): boolean {
  const expression = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
  if (!expression) return false;
  if (JUMPS.has(expression.type)) return true;
  if (expression.type === 'macro_invocation')
    return DIVERGING_MACROS.has(lastSegment(expression.childForFieldName('macro')) ?? '');
  return (
    expression.type === 'call_expression' &&
    /^(?:std::)?process::exit$/.test(expression.childForFieldName('function')?.text ?? '')
  );
}

/** Items declared in a block are not executed in order; comments and attributes are not statements. */
function isStatement(node: SyntaxNode): boolean {
  return (
    !node.type.endsWith('_item') &&
    ![
      'line_comment',
      'block_comment',
      'attribute_item',
      'use_declaration',
      'macro_definition',
      'empty_statement',
    ].includes(node.type)
  );
}

export const rule = unreachableCodeRule({
  id: 'rust/unreachable-code',
  equivalents: { rustc: ['unreachable_code'] },
  language: 'rust',
  statementLists: ['block'],
  statementsOf: (block) => namedChildrenOf(block).filter(isStatement),
  // `#[cfg(...)] return x;` may be compiled out, so what follows can run.
  leaves: (statement) => diverges(statement) && statement.previousNamedSibling?.type !== 'attribute_item',
  message: () => 'Unreachable code: the statement before it never lets control reach here.',
  help: 'Remove it, or make the jump before it conditional.',
  docs: {
    whatItFinds:
      'A statement after `return`, `break`, `continue`, `panic!`, ' +
      '`unreachable!`, `todo!` or `process::exit` in the same block.',
    whyItMatters:
      'Code that can never run is either dead weight or a bug: usually the jump was meant to be conditional.',
    example: {
      bad: 'fn load() -> Config {\n    return Config::default();\n    read_file()\n}',
      good: 'fn load() -> Config {\n    read_file().unwrap_or_default()\n}',
    },
  },
});
