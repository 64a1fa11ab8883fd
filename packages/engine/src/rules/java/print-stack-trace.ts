import { isExampleFile, isTestFile } from '../support/files.js';
import { isLoggingPackage } from './support/packages.js';
import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Inside `static void main(String[] args)`: a command-line program's last word on a failure is its output. */
function inMainMethod(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'lambda_expression' || current.type === 'class_body') return false;
    if (current.type !== 'method_declaration') continue;
    const modifiers = current.namedChildren.find((child) => child?.type === 'modifiers')?.text ?? '';
    return current.childForFieldName('name')?.text === 'main' && /\bstatic\b/.test(modifiers);
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'java/print-stack-trace',
    equivalents: { sonar: ['S1148'], pmd: ['AvoidPrintStackTrace'] },
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
        'package, which cannot log through itself) and outside a `static main` method, where a command-line ' +
        'program reports the failure that ends it (PMD AvoidPrintStackTrace).',
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
    return {
      method_invocation(node) {
        if (node.childForFieldName('name')?.text !== 'printStackTrace') return;
        if (!node.childForFieldName('object')) return;
        if ((node.childForFieldName('arguments')?.namedChildCount ?? 0) > 0 || inMainMethod(node)) return;
        context.report({
          node,
          message: 'Stack trace printed to standard error instead of being logged.',
          help: "Log the exception with the project's logger, or rethrow it.",
        });
      },
    };
  },
};
