import type { SyntaxNode } from '../../parse/parser.js';
import { namedChildrenOf } from '../support/syntax.js';
import { unreachableCodeRule } from '../support/unreachable-code-rule.js';

/** Statements that always leave the current body. */
const JUMPS = new Set(['return', 'break', 'next', 'redo', 'retry']);
/** Kernel methods that never return (RuboCop Lint/UnreachableCode's list). */
const NO_RETURN_METHODS = new Set(['raise', 'fail', 'throw', 'exit', 'exit!', 'abort']);
/** Siblings that are not statements: clauses of the same body, comments, heredoc text. */
const NOT_STATEMENTS = new Set([
  'comment',
  'heredoc_body',
  'rescue',
  'else',
  'ensure',
  'uninterpreted',
  'when',
  'in_clause',
]);

/** Literals a block ends on only to have a value. */
const FILLER_VALUES = new Set(['string', 'simple_symbol', 'integer', 'float', 'nil', 'true', 'false']);
/** Minitest and RSpec methods whose block is one test. */
const TEST_BLOCK_METHODS = new Set(['it', 'test', 'specify', 'scenario', 'example']);

function isInTestBlock(node: SyntaxNode): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) {
    if (
      parent.type === 'call' &&
      parent.childForFieldName('block') &&
      TEST_BLOCK_METHODS.has(parent.childForFieldName('method')?.text ?? '')
    )
      return true;
  }
  return false;
}

/**
 * In a test, a literal after `fail`/`raise` gives a block that must never run a value (sinatra's `fail '…'; 'ORLY?!'`).
 */
function isTestFiller(next: SyntaxNode, jump: SyntaxNode): boolean {
  const raises = jump.type === 'identifier' ? jump.text : jump.childForFieldName('method')?.text;
  return (raises === 'fail' || raises === 'raise') && FILLER_VALUES.has(next.type) && isInTestBlock(next);
}

function leavesBody(statement: SyntaxNode): boolean {
  if (JUMPS.has(statement.type)) return true;
  if (statement.type === 'identifier') return NO_RETURN_METHODS.has(statement.text);
  if (statement.type !== 'call' || statement.childForFieldName('block')) return false;
  const receiver = statement.childForFieldName('receiver')?.text;
  return (
    (receiver === undefined || receiver === 'Kernel') &&
    NO_RETURN_METHODS.has(statement.childForFieldName('method')?.text ?? '')
  );
}

export const rule = unreachableCodeRule({
  id: 'ruby/unreachable-code',
  equivalents: { rubocop: 'Lint/UnreachableCode' },
  language: 'ruby',
  /** Bodies whose statements run one after another. */
  statementLists: ['body_statement', 'then', 'else', 'do', 'begin', 'block_body', 'ensure', 'program'],
  statementsOf: (body) => namedChildrenOf(body).filter((child) => !NOT_STATEMENTS.has(child.type)),
  leaves: leavesBody,
  reachableAnyway: isTestFiller,
  message: () => 'Unreachable code: the statement before it always leaves this body.',
  help: 'Remove it, or make the jump before it conditional.',
  docs: {
    whatItFinds:
      'A statement that follows `return`, `break`, `next`, `redo`, `retry`, `raise`, ' +
      '`fail`, `throw`, `exit` or `abort` in the same body (RuboCop Lint/UnreachableCode); ' +
      'a literal after `fail` or `raise` inside a test block (`it`, `test`, `specify`), ' +
      'which only gives a block that must never run a value, is left alone.',
    whyItMatters:
      'Code that can never run is either dead weight or a bug: usually the jump was meant to be conditional.',
    example: {
      bad: 'def save\n  return false\n  write!\nend',
      good: 'def save\n  return false unless valid?\n  write!\nend',
    },
  },
});
