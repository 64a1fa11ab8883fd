import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const STRING_LITERALS = new Set(['string_literal', 'text_block']);

function isStringLiteral(node: SyntaxNode | null): boolean {
  return node !== null && STRING_LITERALS.has(node.type);
}

export const rule: Rule = {
  meta: {
    id: 'java/string-reference-comparison',
    tool: 'plumb',
    language: 'java',
    category: 'Error_Prone',
    severity: 'high',
    labels: ['bug'],
    remediationMinutes: 5,
    docs: {
      whatItFinds: 'A string compared with a string literal through `==` or `!=` (SpotBugs ES_COMPARING_STRINGS_WITH_EQ, PMD CompareObjectsWithEquals).',
      whyItMatters: '`==` compares references: two equal strings read from input, built at run time or deserialized are different objects, so the test fails although the text matches.',
      example: {
        bad: 'if (command == "quit") { stop(); }',
        good: 'if ("quit".equals(command)) { stop(); }',
      },
    },
  },
  create(context) {
    return {
      binary_expression(node) {
        const operator = node.childForFieldName('operator')?.type;
        if (operator !== '==' && operator !== '!=') return;
        if (!isStringLiteral(node.childForFieldName('left')) && !isStringLiteral(node.childForFieldName('right'))) return;
        context.report({
          node,
          message: `String compared with \`${operator}\`, which compares references, not contents.`,
          help: 'Use `"literal".equals(value)` (null-safe), or `Objects.equals(a, b)`.',
        });
      },
    };
  },
};
