import { isExampleFile, isTestFile } from '../support/files.js';
import { isLoggingPackage } from './support/packages.js';
import type { Rule } from '../types.js';

/**
 * A command-line program's class (it declares `static void main`: google-java-format's `Main` prints the trace of an
 * unexpected failure while parsing its flags) or an annotation processor (it runs inside the compiler, whose output is
 * standard error, and reports through the `Messager` besides): standard error is where their diagnostics belong.
 */
const CONSOLE_TOOL =
  /\bstatic\b[\w\s]*\bvoid\s+main\s*\(|\bextends\s+(?:javax\.annotation\.processing\.)?AbstractProcessor\b/;

export const rule: Rule = {
  meta: {
    id: 'java/print-stack-trace',
    equivalents: { sonar: ['S1148'], pmd: ['AvoidPrintStackTrace'], intellij: ['CallToPrintStackTrace'] },
    tool: 'plumb',
    language: 'java',
    category: 'Best_Practice',
    severity: 'low',
    labels: ['error-handling', 'coding-style'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'A call to `printStackTrace()` with no stream argument outside tests, ' +
        'benchmarks, example programs and logging implementations (a `logging` ' +
        'package, which cannot log through itself), outside a `static main` method and the class that declares ' +
        'one, where a command-line program reports its failures, and outside annotation processors, which run in ' +
        'the compiler (PMD AvoidPrintStackTrace).',
      whyItMatters:
        "The trace goes to standard error, outside the application's logging: no level, no timestamp, no " +
        'context, and lost on most servers.',
      example: {
        bad: 'catch (IOException e) { e.printStackTrace(); }',
        good: 'catch (IOException e) { log.error("could not read {}", path, e); }',
      },
    },
  },
  create(context) {
    // Tests print traces of failures they go on to report anyway.
    if (isTestFile(context.filename) || isExampleFile(context.filename) || isLoggingPackage(context.source)) return {};
    if (CONSOLE_TOOL.test(context.source)) return {};
    return {
      method_invocation(node) {
        if (node.childForFieldName('name')?.text !== 'printStackTrace') return;
        if (!node.childForFieldName('object')) return;
        if ((node.childForFieldName('arguments')?.namedChildCount ?? 0) > 0) return;
        context.report({
          node,
          message: 'Stack trace printed to standard error instead of being logged.',
          help: "Log the exception with the project's logger, or rethrow it.",
        });
      },
    };
  },
};
