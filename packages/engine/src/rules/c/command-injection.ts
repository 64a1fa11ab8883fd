import { argumentsOf, calleeNameIn, isMacroConstant, isStringLiteral } from './support/calls.js';
import { holdsNumericCommand } from './support/numeric-command.js';
import type { Rule } from '../types.js';

const SHELL_RUNNERS = new Set(['system', 'popen', '_popen', '_wsystem']);

export const rule: Rule = {
  meta: {
    id: 'c/command-injection',
    equivalents: { clangTidy: ['cert-env33-c'] },
    tool: 'plumb',
    language: 'c',
    category: 'Security',
    // A test runs its own commands, with no input from users.
    appliesToTests: false,
    severity: 'high',
    labels: ['security'],
    remediationMinutes: 30,
    docs: {
      whatItFinds:
        '`system` or `popen` given a command that is not a string literal (flawfinder, CERT ENV33-C, CWE-78). ' +
        'A buffer the function fills only by `snprintf`/`sprintf` with a literal format whose conversions all ' +
        'print numbers (`"kill -%d %ld"`) is left alone: no text from outside reaches the shell.',
      whyItMatters:
        'The command is run by the shell: any value built into it that an attacker can influence can add ' +
        'commands of its own (`; rm -rf ~`).',
      example: {
        bad: 'snprintf(cmd, sizeof cmd, "convert %s out.png", upload);\nsystem(cmd);',
        good: 'pid_t pid = fork();\nif (pid == 0) execlp("convert", "convert", upload, "out.png", (char *)NULL);',
      },
    },
  },
  create(context) {
    return {
      call_expression(node) {
        const name = calleeNameIn(node, SHELL_RUNNERS, context.source);
        if (!name || !SHELL_RUNNERS.has(name)) return;
        const command = argumentsOf(node)[0];
        // `system(NULL)` only asks whether a shell exists.
        if (!command || isStringLiteral(command) || isMacroConstant(command) || command.type === 'null') return;
        if (command.type === 'identifier' && holdsNumericCommand(command.text, node)) return;
        context.report({
          node,
          message: `\`${name}\` runs a command built at run time through the shell.`,
          help:
            'Run the program directly with fork/exec (or posix_spawn) and separate arguments, or strictly ' +
            'validate every value put into the command.',
        });
      },
    };
  },
};
