import { isExampleFile, isTestFile } from '../support/files.js';
import { isCommandLineCode, isLoggingPackage } from './support/packages.js';
import type { Rule } from '../types.js';

const PRINT_METHODS = new Set(['print', 'println', 'printf', 'format', 'write']);
const CONSOLE_STREAMS = new Set(['System.out', 'System.err']);
// A file with a `main` method is a command-line program, whose output is its interface.
const MAIN_METHOD = /\bstatic\s+(?:final\s+)?(?:public\s+)?void\s+main\s*\(/;

export const rule: Rule = {
  meta: {
    id: 'java/system-out-print',
    equivalents: { sonar: ['S106'], pmd: ['SystemPrintln'], intellij: ['UseOfSystemOutOrSystemErr'] },
    tool: 'plumb',
    language: 'java',
    category: 'Best_Practice',
    severity: 'moderate',
    labels: ['coding-style'],
    remediationMinutes: 5,
    // Off by default: maintainers accepted none of 8 on untuned repositories (console tools, loggers, prompts).
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'Output written to `System.out` or `System.err` in library or application code, outside command-line ' +
        'programs (a class with a `main` method, a package with a `cli`, `cmd`, `cmdline`, `commandline`, `tool` ' +
        'or `tools` segment, a module folder named `cli` or `*-cli`, or a file parsing its arguments with ' +
        'picocli, JCommander, Commons CLI or JOpt ' +
        'Simple: their console output is their user interface), tests, benchmarks, example programs and logging ' +
        'implementations (a `logging` package, which cannot log through itself) (PMD SystemPrintln).',
      whyItMatters:
        'Console output is usually debugging left behind: it bypasses log levels and configuration, clutters ' +
        'the output of whoever embeds the code, and is lost on servers.',
      example: {
        bad: 'System.out.println("user loaded: " + user);',
        good: 'log.debug("user loaded: {}", user);',
      },
    },
  },
  create(context) {
    if (
      isTestFile(context.filename) ||
      isExampleFile(context.filename) ||
      MAIN_METHOD.test(context.source) ||
      isCommandLineCode(context.filename, context.source) ||
      isLoggingPackage(context.source)
    )
      return {};
    return {
      method_invocation(node) {
        if (!PRINT_METHODS.has(node.childForFieldName('name')?.text ?? '')) return;
        const stream = node.childForFieldName('object')?.text;
        if (!stream || !CONSOLE_STREAMS.has(stream)) return;
        context.report({
          node,
          message: `Output written to \`${stream}\` instead of a logger.`,
          help: "Use the project's logger, or remove the debugging output.",
        });
      },
    };
  },
};
