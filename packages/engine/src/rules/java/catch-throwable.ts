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
      whatItFinds: 'A catch clause for `Throwable` or `Error` that neither uses nor rethrows what it caught (PMD AvoidCatchingThrowable); catch-alls that log, store or rethrow the throwable are left alone.',
      whyItMatters: '`Error`s such as `OutOfMemoryError`, `StackOverflowError` and `AssertionError` mean the JVM or the program is in a state it cannot recover from; catching them hides the failure and carries on in that state.',
      example: {
        bad: 'try { return parse(text); } catch (Throwable t) { return null; }',
        good: 'try { return parse(text); } catch (ParseException e) { return null; }',
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
        const body = node.childForFieldName('body');
        const name = node.descendantsOfType('catch_formal_parameter')[0]?.childForFieldName('name')?.text;
        // Handing the throwable on (rethrown, logged, stored for another thread) is how catch-alls are meant to be used.
        if (!body || !name || body.descendantsOfType('identifier').some((identifier) => identifier?.text === name)) return;
        if (body.descendantsOfType('throw_statement').length > 0) return;
        context.report({
          node: broad,
          message: `\`${broad.text}\` is caught and discarded, hiding errors the program cannot recover from.`,
          help: 'Catch `Exception` (or the specific exceptions thrown); if everything must be caught, log or rethrow it.',
        });
      },
    };
  },
};
