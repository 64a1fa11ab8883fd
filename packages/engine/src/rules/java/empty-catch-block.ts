import type { SyntaxNode } from '../../parse/parser.js';
import { isTestFile } from '../support/files.js';
import type { Rule } from '../types.js';

/** A block with nothing in it; a comment inside says why the exception may be ignored, so that block is handled. */
function isEmptyBlock(block: SyntaxNode | null): boolean {
  return block !== null && block.namedChildCount === 0;
}

export const rule: Rule = {
  meta: {
    id: 'java/empty-catch-block',
    equivalents: { sonar: ['S108'], pmd: ['EmptyCatchBlock'], spotbugs: ['DE_MIGHT_IGNORE'] },
    tool: 'plumb',
    language: 'java',
    category: 'Error_Prone',
    // In a test an empty catch after fail() is how an expected exception is asserted.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    docs: {
      whatItFinds:
        'A catch block with nothing in it: no handling, and no comment saying why the exception may be ignored ' +
        '(PMD EmptyCatchBlock with allowCommentedBlocks, Checkstyle EmptyCatchBlock). Test sources are ' +
        'skipped: there an empty catch asserts an expected exception.',
      whyItMatters:
        'A swallowed exception hides a failure: the program goes on in a broken state and nobody learns why.',
      example: {
        bad: 'try { save(); } catch (IOException e) { }',
        good: 'try { save(); } catch (IOException e) { log.warn("save failed", e); throw new StorageException(e); }',
      },
    },
  },
  create(context) {
    // In tests an empty catch is how an expected exception is asserted (`try { f(); fail(); } catch (E e) { }`).
    if (isTestFile(context.filename)) return {};
    return {
      catch_clause(node) {
        if (!isEmptyBlock(node.childForFieldName('body'))) return;
        // Java convention: a variable named `ignored` or `expected` says the swallow is deliberate.
        const name = node.descendantsOfType('catch_formal_parameter')[0]?.childForFieldName('name')?.text;
        if (name === 'ignored' || name === 'expected') return;
        context.report({
          node,
          message: 'Empty catch block swallows the exception.',
          help: 'Handle, log or rethrow it; if swallowing is deliberate, name it `ignored` or say why in a comment.',
        });
      },
    };
  },
};
