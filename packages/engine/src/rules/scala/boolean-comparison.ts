import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** This grammar reads `true` and `false` as identifiers; newer ones as boolean literals. */
function booleanOf(node: SyntaxNode | null): string | undefined {
  return node &&
    (node.type === 'identifier' || node.type === 'boolean_literal') &&
    (node.text === 'true' || node.text === 'false')
    ? node.text
    : undefined;
}

/** ScalaTest's `assert` macro prints both sides of `x == true`, so the comparison there is deliberate. */
const ASSERTIONS = new Set(['assert', 'assume', 'assertResult', 'require']);

function insideAssertion(node: SyntaxNode): boolean {
  for (let current = node.parent; current && current.type !== 'function_definition'; current = current.parent) {
    if (current.type === 'call_expression' && ASSERTIONS.has(current.childForFieldName('function')?.text ?? ''))
      return true;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'scala/boolean-comparison',
    tool: 'plumb',
    language: 'scala',
    category: 'Code_Style',
    severity: 'low',
    labels: ['coding-style'],
    remediationMinutes: 1,
    // Off by default: maintainers accepted 1 of 5 on untuned repositories (`Any` operands, lambdas).
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'A comparison with `true` or `false` through `==` or `!=`, outside `assert`/`require`, whose failure ' +
        'message prints both sides (Scalastyle SimplifyBooleanExpressionChecker).',
      whyItMatters:
        'The comparison adds nothing: `x == true` is `x`, `x == false` is `!x`, and the longer form is harder to read.',
      example: { bad: 'if (ready == false) waitFor(job)', good: 'if (!ready) waitFor(job)' },
    },
  },
  create(context) {
    return {
      infix_expression(node) {
        const operator = node.childForFieldName('operator')?.text;
        if (operator !== '==' && operator !== '!=') return;
        const literal = booleanOf(node.childForFieldName('left')) ?? booleanOf(node.childForFieldName('right'));
        if (!literal || insideAssertion(node)) return;
        context.report({
          node,
          message: `Comparison with \`${literal}\` through \`${operator}\`.`,
          help: 'Use the boolean itself, or negate it with `!`.',
        });
      },
    };
  },
};
