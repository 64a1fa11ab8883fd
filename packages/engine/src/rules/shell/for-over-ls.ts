import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'shell/for-over-ls',
    tool: 'plumb',
    language: 'shell',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug'],
    remediationMinutes: 5,
    equivalents: { shellcheck: 'SC2045' },
    docs: {
      whatItFinds: 'A `for` loop over the output of `ls`: `for f in $(ls ...)` (ShellCheck SC2045).',
      whyItMatters:
        'The output is split on whitespace and globbed again, so any file name with a space, a newline or a ' +
        '`*` is broken into pieces or expanded into other files.',
      example: {
        bad: 'for f in $(ls *.log); do\n  gzip "$f"\ndone',
        good: 'for f in ./*.log; do\n  [ -e "$f" ] || continue\n  gzip "$f"\ndone',
      },
    },
  },
  create(context) {
    return {
      for_statement(node) {
        for (const value of node.childrenForFieldName('value')) {
          if (value?.type !== 'command_substitution') continue;
          const commands = value.namedChildren.filter((child) => child?.type !== 'comment');
          const only = commands.length === 1 ? commands[0] : undefined;
          if (only?.type !== 'command' || only.childForFieldName('name')?.text !== 'ls') continue;
          context.report({
            node: value,
            message: 'Iterating over `ls` output breaks on file names with spaces or globs.',
            help:
              'Loop over a glob (`for f in dir/*`) or use `find ... -exec` / ' +
              '`find -print0 | while IFS= read -r -d ""`.',
          });
        }
      },
    };
  },
};
