import { isTestFile } from '../support/files.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'cpp/empty-catch-block',
    equivalents: { clangTidy: ['bugprone-empty-catch'] },
    tool: 'plumb',
    language: 'cpp',
    category: 'Error_Prone',
    // In a test an empty catch after a failing assertion is how an expected exception is asserted.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    docs: {
      whatItFinds:
        'A catch block with nothing in it, not even a comment saying why the exception may be ignored ' +
        '(clang-tidy bugprone-empty-catch). Test and fuzzing sources are skipped.',
      whyItMatters:
        'A swallowed exception hides a failure: the program goes on in a broken state and nobody learns why.',
      example: {
        bad: 'try { save(); } catch (const std::exception&) { }',
        good: 'try { save(); } catch (const std::exception& e) { log_error("save failed: ", e.what()); throw; }',
      },
    },
  },
  create(context) {
    // Tests expect exceptions and fuzzers ignore them on purpose.
    if (isTestFile(context.filename)) return {};
    return {
      catch_clause(node) {
        // A comment inside the block says swallowing is deliberate.
        if ((node.childForFieldName('body')?.namedChildCount ?? 1) > 0) return;
        context.report({
          node,
          lineEnd: node.startPosition.row + 1,
          message: 'Empty catch block swallows the exception.',
          help: 'Handle, log or rethrow it; if ignoring it is deliberate, say why in a comment inside the block.',
        });
      },
    };
  },
};
