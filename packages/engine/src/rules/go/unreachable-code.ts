import type { SyntaxNode } from '../../parse/parser.js';
import { codeChildrenOf } from '../support/syntax.js';
import { unreachableCodeRule } from '../support/unreachable-code-rule.js';

const JUMPS = new Set(['return_statement', 'goto_statement', 'break_statement', 'continue_statement']);
// A label can be reached by goto, and an empty statement is no code.
const REACHABLE_ANYWAY = new Set(['labeled_statement', 'empty_statement']);

function isPanicCall(statement: SyntaxNode): boolean {
  const call = statement.type === 'expression_statement' ? statement.namedChild(0) : null;
  return call?.type === 'call_expression' && call.childForFieldName('function')?.text === 'panic';
}

function describeJump(statement: SyntaxNode): string {
  return isPanicCall(statement) ? 'panic' : statement.type.replace('_statement', '');
}

export const rule = unreachableCodeRule({
  id: 'go/unreachable-code',
  equivalents: { golangci: ['govet'] },
  language: 'go',
  statementLists: ['block', 'statement_list', 'expression_case', 'type_case', 'default_case', 'communication_case'],
  statementsOf: codeChildrenOf,
  leaves: (statement) => JUMPS.has(statement.type) || isPanicCall(statement),
  // A jump starts with its keyword, a panic with the name called.
  leavingStart: /return|goto|break|continue|panic/y,
  reachableAnyway: (next) => REACHABLE_ANYWAY.has(next.type),
  message: (jump) => `Unreachable code after \`${describeJump(jump)}\`.`,
  help: 'Remove the dead statements, or move the jump after them.',
  docs: {
    whatItFinds:
      'Statements that follow a `return`, `panic`, `goto`, `break` or ' +
      '`continue` in the same block and can never run (go vet unreachable).',
    whyItMatters:
      'Unreachable code is either dead weight or, more often, a sign that ' +
      'the jump above it is misplaced and code that should run does not.',
    example: {
      bad: 'return result, nil\nlog.Printf("done")',
      good: 'log.Printf("done")\nreturn result, nil',
    },
  },
});
