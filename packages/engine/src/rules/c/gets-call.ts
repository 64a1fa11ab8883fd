import { calleeNameIn } from './support/calls.js';
import type { Rule } from '../types.js';

const GETS = new Set(['gets']);

export const rule: Rule = {
  meta: {
    id: 'c/gets-call',
    equivalents: {
      clangTidy: ['bugprone-unsafe-functions', 'cert-msc24-c', 'clang-analyzer-security.insecureAPI.gets'],
    },
    tool: 'plumb',
    language: 'c',
    category: 'Security',
    severity: 'high',
    labels: ['security', 'bug'],
    remediationMinutes: 10,
    docs: {
      whatItFinds:
        'A call to `gets`, which reads a line into a buffer without knowing its size (flawfinder level 5, CERT ' +
        'MSC24-C, CWE-242); it was removed from C11.',
      whyItMatters:
        'Any input longer than the buffer overwrites the stack: ' +
        '`gets` cannot be used safely, whatever the buffer size.',
      example: {
        bad: 'char line[128];\ngets(line);',
        good: 'char line[128];\nif (fgets(line, sizeof line, stdin) == NULL) return -1;',
      },
    },
  },
  create(context) {
    return {
      call_expression(node) {
        if (calleeNameIn(node, GETS, context.source) !== 'gets') return;
        context.report({
          node,
          message: '`gets` reads input with no bound on the buffer size.',
          help: 'Use `fgets(buffer, sizeof buffer, stdin)` and strip the newline, or `getline`.',
        });
      },
    };
  },
};
