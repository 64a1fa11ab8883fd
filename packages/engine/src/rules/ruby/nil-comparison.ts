import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'ruby/nil-comparison',
    tool: 'plumb',
    language: 'ruby',
    category: 'Code_Style',
    severity: 'info',
    labels: ['coding-style'],
    remediationMinutes: 2,
    equivalents: { rubocop: 'Style/NilComparison' },
    docs: {
      whatItFinds: 'A comparison with `nil` through `==` or `!=` (RuboCop Style/NilComparison and Style/NonNilCheck).',
      whyItMatters: "`==` can be overridden by the receiver's class; `nil?` says what is meant and cannot be fooled.",
      example: { bad: 'return if user == nil', good: 'return if user.nil?' },
    },
  },
  create(context) {
    return {
      binary(node) {
        const operator = node.childForFieldName('operator')?.type;
        if (operator !== '==' && operator !== '!=') return;
        if (node.childForFieldName('left')?.type !== 'nil' && node.childForFieldName('right')?.type !== 'nil') return;
        context.report({
          node,
          message: `Comparison with \`nil\` through \`${operator}\`.`,
          help: operator === '==' ? 'Use `x.nil?`.' : 'Use `!x.nil?`, or just `x` when `false` cannot occur.',
        });
      },
    };
  },
};
