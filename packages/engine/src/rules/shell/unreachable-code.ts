import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Bodies whose commands run one after another; `if_statement` holds its `then` commands directly. */
const STATEMENT_LISTS = ['program', 'compound_statement', 'do_group', 'subshell', 'if_statement', 'elif_clause', 'else_clause', 'case_item'];
const JUMPS = new Set(['exit', 'return', 'break', 'continue']);
/** Comments and function definitions are not commands that run in order. */
const NOT_COMMANDS = new Set(['comment', 'function_definition', 'heredoc_body', 'elif_clause', 'else_clause']);

function isConditionOf(statement: SyntaxNode, list: SyntaxNode): boolean {
  return list.childrenForFieldName('condition').some((condition) => condition?.equals(statement));
}

export const rule: Rule = {
  meta: {
    id: 'shell/unreachable-code',
    tool: 'plumb',
    language: 'shell',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug', 'unused-code'],
    remediationMinutes: 5,
    docs: {
      whatItFinds: 'A command after an unconditional `exit`, `return`, `break` or `continue` in the same block (ShellCheck SC2317, restricted to straight-line code).',
      whyItMatters: 'Code that can never run is either dead weight or a bug: usually the `exit` was meant to be inside an `if` or after a `||`.',
      example: { bad: 'if [ -z "$1" ]; then\n  exit 1\n  echo "usage: $0 FILE"\nfi', good: 'if [ -z "$1" ]; then\n  echo "usage: $0 FILE" >&2\n  exit 1\nfi' },
    },
  },
  create(context) {
    const check = (list: SyntaxNode) => {
      let jumped = false;
      for (const statement of list.namedChildren) {
        if (!statement || NOT_COMMANDS.has(statement.type) || isConditionOf(statement, list)) continue;
        // Text the grammar cannot read after an `exit` is usually a payload (self-extracting archives).
        if (statement.type === 'ERROR') return;
        if (jumped) {
          context.report({ node: statement, message: 'Unreachable code: the command before it always leaves this block.', help: 'Remove it, or move the `exit`/`return` after it or under a condition.' });
          return;
        }
        jumped = statement.type === 'command' && JUMPS.has(statement.childForFieldName('name')?.text ?? '');
      }
    };
    return Object.fromEntries(STATEMENT_LISTS.map((type) => [type, check]));
  },
};
