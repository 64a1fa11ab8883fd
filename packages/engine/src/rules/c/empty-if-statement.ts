import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** `;` alone, or `{ }` with nothing in it; a comment or preprocessor line inside says the emptiness is deliberate. */
function emptiness(body: SyntaxNode | null): 'semicolon' | 'block' | undefined {
  // A zero-width `;` is one the parser made up where a preprocessor line split the `if` from its body.
  if (body?.type === 'expression_statement' && body.namedChildCount === 0 && body.text === ';' && !body.isMissing)
    return 'semicolon';
  if (body?.type === 'compound_statement' && body.namedChildCount === 0) return 'block';
  return undefined;
}

function isFollowedBySameLineComment(node: SyntaxNode, source: string): boolean {
  const line = source.split('\n', node.endPosition.row + 1)[node.endPosition.row] ?? '';
  return /^\s*(?:\/\/|\/\*)/.test(line.slice(node.endPosition.column));
}

export const rule: Rule = {
  meta: {
    id: 'c/empty-if-statement',
    equivalents: { clangTidy: ['bugprone-suspicious-semicolon', 'clang-diagnostic-empty-body'] },
    tool: 'plumb',
    language: 'c',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug', 'unused-code'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'An `if` whose body is empty: a stray `;` right after the condition, or an empty `{ }` (GCC ' +
        '-Wempty-body, clang-tidy bugprone-suspicious-semicolon). A comment on the same line, or an `else` ' +
        'after the `;`, marks it as deliberate.',
      whyItMatters:
        'A stray semicolon after `if (...)` makes the statement below it run unconditionally; an empty body is ' +
        'unfinished code or a condition that should be inverted.',
      example: {
        bad: 'if (len > MAX);\n  return -1;',
        good: 'if (len > MAX)\n  return -1;',
      },
    },
  },
  create(context) {
    return {
      if_statement(node) {
        const consequence = node.childForFieldName('consequence');
        const empty = emptiness(consequence);
        if (!empty || !consequence || node.hasError) return;
        // `if (a) ; else ...` and `if (a) {} // why` are written on
        // purpose; the bug is a lone `if (a);` above a statement.
        if (empty === 'semicolon' && node.childForFieldName('alternative')) return;
        if (isFollowedBySameLineComment(consequence, context.source)) return;
        context.report({
          node,
          lineEnd: node.startPosition.row + 1,
          message: empty === 'semicolon' ? 'Stray `;` makes this `if` do nothing.' : 'Empty `if` body.',
          help:
            empty === 'semicolon'
              ? 'Remove the `;` so the statement below is the body.'
              : 'Invert the condition, or remove the `if`.',
        });
      },
    };
  },
};
