import type { RuleMeta } from '../types.js';
import { shellCommandRule } from './support/shell-command.js';

const meta: RuleMeta = {
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
      '`system` or `popen` given a command that demonstrably carries text from outside, within the function: ' +
      'it names `argv` or `getenv`, or a variable the function fills, before the call, from `argv`, the ' +
      'environment or a read (`fgets`, `read`, `recv`, `scanf`...), directly or through another such variable ' +
      '(flawfinder, CERT ENV33-C, CWE-78). Any other command built at run time is a security hotspot, reported ' +
      'by the opt-in `c/shell-command-hotspot`.',
    whyItMatters:
      'The command is run by the shell: any value built into it that an attacker can influence can add ' +
      'commands of its own (`; rm -rf ~`).',
    example: {
      bad: 'snprintf(cmd, sizeof cmd, "convert %s out.png", argv[1]);\nsystem(cmd);',
      good: 'pid_t pid = fork();\nif (pid == 0) execlp("convert", "convert", argv[1], "out.png", (char *)NULL);',
    },
  },
};

export const rule = shellCommandRule(meta, true, {
  message: (runner) => `\`${runner}\` runs a command built from outside input through the shell.`,
  help:
    'Run the program directly with fork/exec (or posix_spawn) and separate arguments, or strictly ' +
    'validate every value put into the command.',
});
