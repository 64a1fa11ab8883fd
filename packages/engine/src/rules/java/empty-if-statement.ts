import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** `;` alone, or `{ }` with nothing in it; a comment inside says the emptiness is deliberate. */
function isEmptyBody(body: SyntaxNode | null): boolean {
  if (!body) return false;
  return body.type === ';' || (body.type === 'block' && body.namedChildCount === 0);
}

export const rule: Rule = {
  meta: {
    id: 'java/empty-if-statement',
    equivalents: {
      javac: ['empty'],
      errorprone: ['EmptyIf'],
      sonar: ['S108'],
      pmd: ['EmptyControlStatement', 'EmptyIfStmt'],
    },
    tool: 'plumb',
    language: 'java',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug', 'unused-code'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'An `if` whose body is empty (`{ }` or a stray `;`), or an empty `else` block (PMD ' +
        'EmptyControlStatement, Error Prone EmptyIf).',
      whyItMatters:
        'A stray semicolon after `if (...)` makes the next statement run unconditionally; an empty branch is ' +
        'either unfinished code or a condition that should be inverted.',
      example: {
        bad: 'if (user == null);\n  throw new IllegalStateException("no user");',
        good: 'if (user == null)\n  throw new IllegalStateException("no user");',
      },
    },
  },
  create(context) {
    return {
      if_statement(node) {
        const consequence = node.childForFieldName('consequence');
        if (isEmptyBody(consequence)) {
          const stray = consequence?.type === ';';
          context.report({
            node,
            lineEnd: node.startPosition.row + 1,
            message: stray ? 'Stray `;` makes this `if` do nothing.' : 'Empty `if` body.',
            help: stray
              ? 'Remove the `;` so the statement below is the body.'
              : 'Invert the condition, or remove the `if`.',
          });
        }
        const alternative = node.childForFieldName('alternative');
        if (alternative?.type === 'block' && isEmptyBody(alternative)) {
          context.report({ node: alternative, message: 'Empty `else` block.', help: 'Remove the `else`.' });
        }
      },
    };
  },
};
