import type { SyntaxNode } from '../../parse/parser.js';
import { codeChildrenOf } from '../support/syntax.js';
import type { Rule } from '../types.js';

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

export const rule: Rule = {
  meta: {
    id: 'go/unreachable-code',
    tool: 'plumb',
    language: 'go',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug', 'unused-code'],
    remediationMinutes: 5,
    docs: {
      whatItFinds: 'Statements that follow a `return`, `panic`, `goto`, `break` or `continue` in the same block and can never run (go vet unreachable).',
      whyItMatters: 'Unreachable code is either dead weight or, more often, a sign that the jump above it is misplaced and code that should run does not.',
      example: {
        bad: 'return result, nil\nlog.Printf("done")',
        good: 'log.Printf("done")\nreturn result, nil',
      },
    },
  },
  create(context) {
    const check = (node: SyntaxNode) => {
      const statements = codeChildrenOf(node);
      const jumpIndex = statements.findIndex((statement) => JUMPS.has(statement.type) || isPanicCall(statement));
      const jump = statements[jumpIndex];
      const next = jumpIndex < 0 ? undefined : statements[jumpIndex + 1];
      if (!jump || !next || REACHABLE_ANYWAY.has(next.type)) return;
      context.report({
        node: next,
        message: `Unreachable code after \`${describeJump(jump)}\`.`,
        help: 'Remove the dead statements, or move the jump after them.',
      });
    };
    return { block: check, statement_list: check, expression_case: check, type_case: check, default_case: check, communication_case: check };
  },
};
