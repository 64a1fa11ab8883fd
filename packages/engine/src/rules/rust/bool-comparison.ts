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
        const operatorNode = node.childForFieldName('operator');
        const operator = operatorNode?.type;
        if (!operatorNode || (operator !== '==' && operator !== '!=')) return;
        const literal = [node.childForFieldName('left'), node.childForFieldName('right')].find(
          (side) => side?.type === 'boolean_literal',
        );
        if (!literal) return;
        // Where the comparison is written (`!= false`, or `false ==`): tree-sitter-rust nests a chain like
        // `_ = a()? != false || b()? != false` wrongly, and every comparison of it would start on its first line.
        const [first, last] =
          literal.startIndex < operatorNode.startIndex ? [literal, operatorNode] : [operatorNode, literal];
        context.report({
          line: first.startPosition.row + 1,
          column: first.startPosition.column + 1,
          lineEnd: last.endPosition.row + 1,
          message: `Comparison with \`${literal.text}\` through \`${operator}\`.`,
          help: 'Use the boolean itself, or negate it with `!`.',
        });
      },
    };
  },
};
