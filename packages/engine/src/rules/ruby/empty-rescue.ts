import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'ruby/empty-rescue',
    tool: 'plumb',
    language: 'ruby',
    category: 'Error_Prone',
    severity: 'high',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    docs: {
      whatItFinds: 'A `rescue` clause with an empty body (RuboCop Lint/SuppressedException). A comment or an explicit `nil` marks the swallow as deliberate and is left alone, and so does a lone `rescue LoadError`, the optional-dependency idiom.',
      whyItMatters: 'A swallowed exception hides a failure: the program goes on in a broken state and nobody learns why.',
      example: {
        bad: 'begin\n  save!\nrescue ActiveRecord::RecordInvalid\nend',
        good: 'begin\n  save!\nrescue ActiveRecord::RecordInvalid => e\n  logger.warn("not saved: #{e.message}")\nend',
      },
    },
  },
  create(context) {
    return {
      rescue(node) {
        // The `rescue` keyword token shares the clause's type name.
        if (!node.isNamed || node.childForFieldName('body')) return;
        // `begin require 'x' rescue LoadError end` is how Ruby loads an optional dependency.
        if (node.childForFieldName('exceptions')?.namedChildren.every((name) => name?.text === 'LoadError')) return;
        // A comment right inside the clause documents the swallow (RuboCop's AllowComments).
        const next = node.nextSibling;
        if (next?.type === 'comment' && next.startPosition.row > node.startPosition.row) return;
        if (node.namedChildren.some((child) => child?.type === 'comment')) return;
        context.report({ node, message: 'Empty `rescue` swallows the exception.', help: 'Handle or log the error, re-raise it, or say in a comment why it is safe to ignore.' });
      },
    };
  },
};
