import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Comparisons of `size`/`length` (on the left) that mean "is empty" or "is not empty". */
const EMPTY = new Set(['== 0', '< 1', '<= 0']);
const NON_EMPTY = new Set(['!= 0', '> 0', '>= 1']);
const FLIPPED: Record<string, string> = { '==': '==', '!=': '!=', '>': '<', '<': '>', '>=': '<=', '<=': '>=' };

function isSizeField(node: SyntaxNode | null): boolean {
  return node?.type === 'field_expression' && ['size', 'length'].includes(node.childForFieldName('field')?.text ?? '');
}

/** Types whose `size`/`length` is a stored count, read in constant time: the premise of the rule does not hold. */
const CONSTANT_TIME_SIZE = new Set([
  'String',
  'Array',
  'StringBuilder',
  'CharSequence',
  'IndexedSeq',
  'Vector',
  'ArrayBuffer',
  'ArraySeq',
]);
const STRINGS = new Set(['string', 'interpolated_string_expression']);

/** The type a name is declared with in the functions around `node` (a parameter, or a `val`/`var` with a type). */
function declaredType(node: SyntaxNode, name: string): string | undefined {
  for (let scope = node.parent; scope; scope = scope.parent) {
    for (const declaration of scope.descendantsOfType(['parameter', 'val_definition', 'var_definition'])) {
      const declared = declaration?.childForFieldName(declaration.type === 'parameter' ? 'name' : 'pattern');
      if (declared?.text !== name) continue;
      const type = declaration?.childForFieldName('type');
      if (type) return (type.type === 'generic_type' ? type.childForFieldName('type') : type)?.text;
      const value = declaration?.childForFieldName('value');
      return value && STRINGS.has(value.type) ? 'String' : undefined;
    }
    if (scope.type === 'template_body') return undefined;
  }
  return undefined;
}

/** `uri.length` on a `String` parameter, `"abc".length`, `arr.size` on an `Array[Int]`. */
function hasConstantTimeSize(sizeField: SyntaxNode | null): boolean {
  const receiver = sizeField?.childForFieldName('value');
  if (!receiver) return false;
  if (STRINGS.has(receiver.type)) return true;
  return receiver.type === 'identifier' && CONSTANT_TIME_SIZE.has(declaredType(receiver, receiver.text) ?? '');
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
        '(Scapegoat AvoidSizeEqualsZero, AvoidSizeNotEqualsZero, which look only at collections). A receiver ' +
        'declared in the function around it as a `String`, `Array`, `StringBuilder`, `IndexedSeq`, `Vector` ' +
        'or `ArrayBuffer`, or a string literal, is left alone: its size is a stored count, read in constant time.',
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
        if (hasConstantTimeSize(isSizeField(left) ? left : right)) return;
        context.report({
          node,
          message: 'Size compared with zero to test for emptiness.',
          help: empty ? 'Use `.isEmpty`.' : 'Use `.nonEmpty`.',
        });
      },
    };
  },
};
