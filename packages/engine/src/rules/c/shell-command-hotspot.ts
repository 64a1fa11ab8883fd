import type { RuleMeta } from '../types.js';
import { shellCommandRule } from './support/shell-command.js';

const meta: RuleMeta = {
  id: 'c/shell-command-hotspot',
  equivalents: { clangTidy: ['cert-env33-c'] },
  tool: 'plumb',
  language: 'c',
  category: 'Security',
  appliesToTests: false,
  severity: 'moderate',
  labels: ['security'],
  remediationMinutes: 30,
  // A security hotspot: whether outside text reaches the command needs data flow this rule does not follow.
  enabledByDefault: false,
  docs: {
    whatItFinds:
      '`system` or `popen` given a command built at run time (not a string literal, a macro constant or a ' +
      'buffer of a literal and numbers) that `c/command-injection` does not see carry outside input: a ' +
      'security hotspot to review, as SonarQube calls these (flawfinder, CERT ENV33-C). Off by default: most ' +
      "are a program's own commands or one the user configured to run (a `--pager`); " +
      '`rules: { c/shell-command-hotspot: on }` in `.plumb.yml` switches it on.',
    whyItMatters:
      'The command is run by the shell: if a value built into it can come from an attacker, they can add ' +
      'commands of their own; each such call is worth one review.',
    example: {
      bad: 'snprintf(cmd, sizeof cmd, "convert %s out.png", upload);\nsystem(cmd);',
      good: 'pid_t pid = fork();\nif (pid == 0) execlp("convert", "convert", upload, "out.png", (char *)NULL);',
    },
  },
};

export const rule = shellCommandRule(meta, false, {
  message: (runner) => `\`${runner}\` runs a command built at run time through the shell: review where it comes from.`,
  help:
    'Run the program directly with fork/exec (or posix_spawn) and separate arguments, or make sure no ' +
    'value from outside reaches the command.',
});
