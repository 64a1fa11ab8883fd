import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'shell/read-without-r',
    tool: 'plumb',
    language: 'shell',
    category: 'Error_Prone',
    severity: 'low',
    labels: ['bug'],
    remediationMinutes: 1,
    docs: {
      whatItFinds: '`read` into a variable without `-r` (ShellCheck SC2162); a bare `read` that only waits for Enter is left alone.',
      whyItMatters: 'Without `-r`, `read` treats backslashes as escapes: a Windows path or a line ending in `\\` comes back mangled or joined with the next line.',
      example: { bad: 'while read line; do\n  echo "$line"\ndone < files.txt', good: 'while IFS= read -r line; do\n  echo "$line"\ndone < files.txt' },
    },
  },
  create(context) {
    return {
      command(node) {
        if (node.childForFieldName('name')?.text !== 'read') return;
        const options = node.childrenForFieldName('argument').filter((arg) => arg?.type === 'word' && /^-[a-zA-Z]+$/.test(arg.text));
        if (options.some((option) => option?.text.includes('r'))) return;
        // A bare `read` only waits for a line or tests that one exists: what it does to backslashes is never seen.
        if (node.childrenForFieldName('argument').every((arg) => arg?.type === 'word' && arg.text.startsWith('-'))) return;
        context.report({ node, message: '`read` without `-r` mangles backslashes.', help: 'Use `read -r` (and `IFS= read -r` to keep leading spaces).' });
      },
    };
  },
};
