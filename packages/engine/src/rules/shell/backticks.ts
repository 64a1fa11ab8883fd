import type { Rule } from '../types.js';

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
        context.report({ node, message: 'Legacy backtick command substitution.', help: 'Use `$(...)` instead.' });
      },
    };
  },
};
