import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'rust/bool-comparison',
    equivalents: { clippy: ['bool_comparison', 'complexity'] },
    tool: 'plumb',
    language: 'rust',
    category: 'Code_Style',
    severity: 'info',
    labels: ['coding-style'],
    remediationMinutes: 1,
    docs: {
      whatItFinds: 'A comparison of a value with `true` or `false` through `==` or `!=` (Clippy `bool_comparison`).',
      whyItMatters:
        'The comparison adds nothing: `x == true` is `x`, `x == false` is `!x`, and the longer form is harder to read.',
      example: { bad: 'if ready == false { wait(); }', good: 'if !ready { wait(); }' },
    },
  },
  create(context) {
    return {
      binary_expression(node) {
        const operator = node.childForFieldName('operator')?.type;
        if (operator !== '==' && operator !== '!=') return;
        const literal = [node.childForFieldName('left'), node.childForFieldName('right')].find(
          (side) => side?.type === 'boolean_literal',
        );
        if (!literal) return;
        context.report({
          node,
          message: `Comparison with \`${literal.text}\` through \`${operator}\`.`,
          help: 'Use the boolean itself, or negate it with `!`.',
        });
      },
    };
  },
};
