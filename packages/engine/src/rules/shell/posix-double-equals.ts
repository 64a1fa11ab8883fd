import type { Rule } from '../types.js';

/** A shebang that runs a POSIX `sh` (or dash/ash), where `[` knows only `=`. */
const POSIX_SHEBANG = /^#!\s*(?:\S*\/)?(?:env\s+)?(?:sh|dash|ash)(?:\s|$)/;

export const rule: Rule = {
  meta: {
    id: 'shell/posix-double-equals',
    tool: 'plumb',
    language: 'shell',
    category: 'Deployment',
    severity: 'moderate',
    labels: ['bug'],
    remediationMinutes: 1,
    equivalents: { shellcheck: 'SC3014' },
    docs: {
      whatItFinds: '`==` inside `[ ]` in a script whose shebang is `#!/bin/sh` (or dash/ash) (ShellCheck SC3014).',
      whyItMatters:
        'POSIX `test` only knows `=`; `==` works in bash but fails with ' +
        '"unexpected operator" under dash, the `/bin/sh` of Debian and Ubuntu.',
      example: {
        bad: '#!/bin/sh\nif [ "$1" == start ]; then run; fi',
        good: '#!/bin/sh\nif [ "$1" = start ]; then run; fi',
      },
    },
  },
  create(context) {
    if (!POSIX_SHEBANG.test(context.source)) return {};
    return {
      test_command(node) {
        if (node.child(0)?.type !== '[') return;
        for (const comparison of node.descendantsOfType('binary_expression')) {
          if (comparison?.childForFieldName('operator')?.text !== '==') continue;
          context.report({
            node: comparison,
            message: '`==` in `[ ]` is not POSIX and fails under dash.',
            help: 'Use `=` for string equality in `sh` scripts.',
          });
        }
      },
    };
  },
};
