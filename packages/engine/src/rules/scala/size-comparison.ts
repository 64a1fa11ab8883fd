import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Comparisons of `size`/`length` (on the left) that mean "is empty" or "is not empty". */
const EMPTY = new Set(['== 0', '< 1', '<= 0']);
const NON_EMPTY = new Set(['!= 0', '> 0', '>= 1']);
const FLIPPED: Record<string, string> = { '==': '==', '!=': '!=', '>': '<', '<': '>', '>=': '<=', '<=': '>=' };

function isSizeField(node: SyntaxNode | null): boolean {
  return node?.type === 'field_expression' && ['size', 'length'].includes(node.childForFieldName('field')?.text ?? '');
}

/** `isEmpty` and `nonEmpty` themselves are usually written in terms of `size`. */
function insideEmptinessMethod(node: SyntaxNode): boolean {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === 'function_definition')
      return ['isEmpty', 'nonEmpty'].includes(current.childForFieldName('name')?.text ?? '');
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'scala/size-comparison',
    equivalents: { scapegoat: ['AvoidSizeEqualsZero', 'AvoidSizeNotEqualsZero'] },
    tool: 'plumb',
    language: 'scala',
    category: 'Performance',
    severity: 'low',
    labels: ['performance', 'coding-style'],
    remediationMinutes: 1,
    docs: {
      whatItFinds:
        '`xs.size` or `xs.length` compared with zero to test for emptiness ' +
        '(Scapegoat AvoidSizeEqualsZero, AvoidSizeNotEqualsZero).',
      whyItMatters:
        '`size` walks the whole of a `List` or lazy collection just to learn whether it has a first element; ' +
        '`isEmpty`/`nonEmpty` answer in constant time and say what is meant.',
      example: { bad: 'if (orders.size == 0) return', good: 'if (orders.isEmpty) return' },
    },
  },
  create(context) {
    return {
      infix_expression(node) {
        const operator = node.childForFieldName('operator')?.text ?? '';
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        const comparison = isSizeField(left)
          ? `${operator} ${right?.text ?? ''}`
          : isSizeField(right)
            ? `${FLIPPED[operator] ?? ''} ${left?.text ?? ''}`
            : '';
        const empty = EMPTY.has(comparison);
        if ((!empty && !NON_EMPTY.has(comparison)) || insideEmptinessMethod(node)) return;
        context.report({
          node,
          message: 'Size compared with zero to test for emptiness.',
          help: empty ? 'Use `.isEmpty`.' : 'Use `.nonEmpty`.',
        });
      },
    };
  },
};
