import type { Rule } from '../types.js';

/**
 * Text before a node that starts a comment: an unquoted `#` at the line's start or after a blank. Where the grammar
 * lost track of quoting far above (nb's 11,000-line script), it can read a comment's `` `head` `` as a substitution.
 */
const COMMENT_BEFORE = /(?:^|\s)#[^'"]*$/;

export const rule: Rule = {
  meta: {
    id: 'shell/backticks',
    tool: 'plumb',
    language: 'shell',
    category: 'Code_Style',
    severity: 'low',
    labels: ['coding-style'],
    remediationMinutes: 2,
    equivalents: { shellcheck: 'SC2006' },
    docs: {
      whatItFinds: 'Command substitution written with backticks instead of `$(...)` (ShellCheck SC2006).',
      whyItMatters:
        'Backticks cannot nest without escaping and treat backslashes ' +
        'specially; `$(...)` nests, reads clearly and is POSIX.',
      example: { bad: 'now=`date +%s`', good: 'now=$(date +%s)' },
    },
  },
  create(context) {
    return {
      command_substitution(node) {
        if (node.child(0)?.type !== '`') return;
        const lineStart = context.source.lastIndexOf('\n', node.startIndex - 1) + 1;
        if (COMMENT_BEFORE.test(context.source.slice(lineStart, node.startIndex))) return;
        context.report({ node, message: 'Legacy backtick command substitution.', help: 'Use `$(...)` instead.' });
      },
    };
  },
};
