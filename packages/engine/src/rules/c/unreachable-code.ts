import type { SyntaxNode } from '../../parse/parser.js';
import { describeJump, isJump, statementsOf } from './support/control-flow.js';
import type { Rule } from '../types.js';

/** Labels and case labels can be jumped to; preprocessor blocks may be compiled out, so what follows is unknown. */
function mayBeReachable(statement: SyntaxNode): boolean {
  return statement.type === 'labeled_statement' || statement.type === 'case_statement' || statement.type.startsWith('preproc_');
}

/** `return x; break;` in a case, or `exit(1); return -1;` or `throw e; return x;` to quiet a compiler, is a harmless habit, not lost code. */
function isDefensive(jump: SyntaxNode, next: SyntaxNode): boolean {
  const thrownOrCalled = jump.type === 'expression_statement' || jump.type === 'throw_statement';
  return next.type === 'break_statement' || (thrownOrCalled && next.type === 'return_statement');
}

export const rule: Rule = {
  meta: {
    id: 'c/unreachable-code',
    tool: 'plumb',
    language: 'c',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug', 'unused-code'],
    remediationMinutes: 5,
    docs: {
      whatItFinds: 'Statements right after a `return`, `break`, `continue`, `goto`, or a call to `exit`/`abort`, in the same block, with no label in between (clang -Wunreachable-code, cppcheck unreachableCode). A defensive `break` after a jump, or a `return` after `exit()` that keeps a compiler quiet, is left alone.',
      whyItMatters: 'Unreachable code never runs: it is dead weight at best, and often a sign that the jump above it is misplaced (a cleanup or unlock that never happens).',
      example: {
        bad: 'free(buffer);\nreturn -1;\nclose(fd);',
        good: 'free(buffer);\nclose(fd);\nreturn -1;',
      },
    },
  },
  create(context) {
    const check = (block: SyntaxNode) => {
      // Macros the parser could not read make the statement list unreliable.
      if (block.hasError) return;
      const statements = statementsOf(block);
      const jumpIndex = statements.findIndex(isJump);
      const jump = statements[jumpIndex];
      const next = jumpIndex < 0 ? undefined : statements[jumpIndex + 1];
      if (!jump || !next || mayBeReachable(next) || isDefensive(jump, next)) return;
      context.report({ node: next, message: `Unreachable code after \`${describeJump(jump)}\`.`, help: 'Remove the dead statements, or move the jump after them.' });
    };
    return { compound_statement: check, case_statement: check };
  },
};
