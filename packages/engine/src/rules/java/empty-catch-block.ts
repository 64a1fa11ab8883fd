import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** A block with nothing but comments in it. */
function isEmptyBlock(block: SyntaxNode | null): boolean {
  return block !== null && block.namedChildren.every((child) => child?.type === 'line_comment' || child?.type === 'block_comment');
}

export const rule: Rule = {
  meta: {
    id: 'java/empty-catch-block',
    tool: 'plumb',
    language: 'java',
    category: 'Error_Prone',
    severity: 'high',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    docs: {
      whatItFinds: 'A catch block that does nothing with the exception it caught (comments do not count as handling it).',
      whyItMatters: 'A swallowed exception hides a failure: the program goes on in a broken state and nobody learns why.',
      example: {
        bad: 'try { save(); } catch (IOException e) { }',
        good: 'try { save(); } catch (IOException e) { log.warn("save failed", e); throw new StorageException(e); }',
      },
    },
  },
  create(context) {
    return {
      catch_clause(node) {
        if (!isEmptyBlock(node.childForFieldName('body'))) return;
        // Java convention: a variable named `ignored` or `expected` says the swallow is deliberate.
        const name = node.descendantsOfType('catch_formal_parameter')[0]?.childForFieldName('name')?.text;
        if (name === 'ignored' || name === 'expected') return;
        context.report({ node, message: 'Empty catch block swallows the exception.', help: 'Handle, log or rethrow it; name it `ignored` if swallowing is deliberate.' });
      },
    };
  },
};
