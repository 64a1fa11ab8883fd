import type { Rule } from '../types.js';

const TOO_BROAD = new Set(['Throwable', 'Error', 'java.lang.Throwable', 'java.lang.Error']);

export const rule: Rule = {
  meta: {
    id: 'java/catch-throwable',
    tool: 'plumb',
    language: 'java',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    docs: {
      whatItFinds: 'A catch clause for `Throwable` or `Error` that does not rethrow (PMD AvoidCatchingThrowable, Error Prone CatchingUnchecked family).',
      whyItMatters: '`Error`s such as `OutOfMemoryError`, `StackOverflowError` and `AssertionError` mean the JVM or the program is in a state it cannot recover from; catching them hides the failure and carries on in that state.',
      example: {
        bad: 'try { process(job); } catch (Throwable t) { log.warn("job failed", t); }',
        good: 'try { process(job); } catch (Exception e) { log.warn("job failed", e); }',
      },
    },
  },
  create(context) {
    return {
      catch_clause(node) {
        const caught = node.descendantsOfType('catch_type')[0];
        if (!caught) return;
        const broad = caught.namedChildren.find((type) => type !== null && TOO_BROAD.has(type.text));
        if (!broad) return;
        // Catch-all that cleans up and rethrows is the accepted way to run code on any failure.
        if (node.childForFieldName('body')?.descendantsOfType('throw_statement').length) return;
        context.report({
          node: broad,
          message: `Catching \`${broad.text}\` also catches errors the program cannot recover from.`,
          help: 'Catch `Exception` (or the specific exceptions thrown), or rethrow after cleaning up.',
        });
      },
    };
  },
};
