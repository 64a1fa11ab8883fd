import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'php/empty-catch',
    equivalents: { phpcs: ['Generic.CodeAnalysis.EmptyStatement.DetectedCatch'] },
    tool: 'plumb',
    language: 'php',
    category: 'Error_Prone',
    // In a test an empty catch after fail() is how an expected exception is asserted.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    docs: {
      whatItFinds:
        'A `catch` block with nothing in it (PHPCS Generic.CodeAnalysis.EmptyStatement). A comment inside ' +
        'marks the swallow as deliberate and is left alone.',
      whyItMatters:
        'A swallowed exception hides a failure: the program goes on in a broken state and nobody learns why.',
      example: {
        bad: 'try {\n    $mailer->send($m);\n} catch (TransportException $e) {\n}',
        good: `try {
    $mailer->send($m);
} catch (TransportException $e) {
    $logger->warning('mail not sent', ['exception' => $e]);
}`,
      },
    },
  },
  create(context) {
    return {
      catch_clause(node) {
        const body = node.childForFieldName('body');
        if (!body || body.namedChildCount > 0) return;
        context.report({
          node,
          message: 'Empty catch block swallows the exception.',
          help: 'Handle, log or rethrow it, or say in a comment why it is safe to ignore.',
        });
      },
    };
  },
};
