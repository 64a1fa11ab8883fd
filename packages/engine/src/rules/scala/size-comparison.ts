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

const FACTORIES = new Set(['empty', 'apply', 'fill', 'tabulate', 'ofDim', 'newBuilder']);

/** The type a value is built as: `"x"`, `Array(1, 2)`, `js.Array[T]()`, `Vector.empty[T]`, `new StringBuilder`. */
function builtType(value: SyntaxNode | null): string | undefined {
  if (!value) return undefined;
  if (STRINGS.has(value.type)) return 'String';
  let callee = value.type === 'call_expression' ? value.childForFieldName('function') : value;
  if (callee?.type === 'generic_function') callee = callee.childForFieldName('function');
  if (value.type === 'instance_expression') callee = value.namedChild(0);
  if (callee?.type === 'generic_type') callee = callee.childForFieldName('type');
  const path = callee?.text.split('.') ?? [];
  const last = path.at(-1);
  return last && FACTORIES.has(last) ? path.at(-2) : last;
}

/** The type `declaration` gives `name`: a parameter, a `val`/`var` (annotated, or built as a known type), `x: T`. */
function typeGiven(declaration: SyntaxNode, name: string): string | undefined | null {
  const field = declaration.type === 'parameter' ? 'name' : 'pattern';
  if (declaration.childForFieldName(field)?.text !== name) return null;
  const type = declaration.childForFieldName('type');
  if (type) return (type.type === 'generic_type' ? type.childForFieldName('type') : type)?.text;
  return builtType(declaration.childForFieldName('value'));
}

const DECLARATIONS = ['parameter', 'val_definition', 'var_definition', 'typed_pattern'];

/** The type a name is declared with in the functions around `node`, or among its class's fields. */
function declaredType(node: SyntaxNode, name: string): string | undefined {
  for (let scope = node.parent; scope; scope = scope.parent) {
    const declarations = scope.type === 'template_body' ? scope.namedChildren : scope.descendantsOfType(DECLARATIONS);
    for (const declaration of declarations) {
      if (!declaration || !DECLARATIONS.includes(declaration.type)) continue;
      const type = typeGiven(declaration, name);
      if (type !== null) return type;
    }
    if (scope.type === 'template_body') return undefined;
  }
  return undefined;
}

/** A `Duration`'s `length` is its signed amount of time units (a `Long`), not a count of elements. */
const DURATION_TYPES = new Set(['Duration', 'FiniteDuration']);
const DURATION_NAME = /(?:duration|timeout|delay|interval|period|ttl)$/i;

/** The name a receiver ends in: `timeout.duration` → `duration`, `m.getParameterTypes()` → `getParameterTypes`. */
function lastName(receiver: SyntaxNode): string {
  const callee = receiver.type === 'call_expression' ? receiver.childForFieldName('function') : receiver;
  if (callee?.type === 'field_expression') return callee.childForFieldName('field')?.text ?? '';
  return callee?.type === 'identifier' ? callee.text : '';
}

/**
 * `uri.length` on a `String` parameter, `"abc".length`, `arr.size` on an `Array[Int]`, a Java getter's `length`
 * (`method.getParameterTypes.length`: Java collections have `size()`, so it is an array's or a string's), and a
 * `Duration`'s `length`, which is no size at all.
 */
function hasConstantTimeSize(sizeField: SyntaxNode | null): boolean {
  const receiver = sizeField?.childForFieldName('value');
  if (!receiver) return false;
  if (STRINGS.has(receiver.type)) return true;
  const name = lastName(receiver);
  const declared = receiver.type === 'identifier' ? declaredType(receiver, receiver.text) : undefined;
  if (CONSTANT_TIME_SIZE.has(declared ?? '') || DURATION_TYPES.has(declared ?? '')) return true;
  return (
    sizeField?.childForFieldName('field')?.text === 'length' && (/^get[A-Z]/.test(name) || DURATION_NAME.test(name))
  );
}

/**
 * `delay.length <= 0L`: a collection's size is an `Int`, so a `Long` compared with it is some other quantity. The
 * grammar reads `0L` as `0` followed by an operator `L`, so the comparison is the left side of that infix.
 */
function comparesWithLong(comparison: SyntaxNode): boolean {
  const outer = comparison.parent;
  if (/\d[lL]$/.test(comparison.text)) return true;
  return (
    outer?.type === 'infix_expression' &&
    outer.childForFieldName('left')?.id === comparison.id &&
    /^[lL]$/.test(outer.childForFieldName('operator')?.text ?? '')
  );
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
        'declared in the function around it or as a field of its class as a `String`, `Array`, `StringBuilder`, ' +
        '`IndexedSeq`, `Vector` or `ArrayBuffer` (by a type, a typed pattern `case Constant(x: String)`, or a ' +
        'value built as one: `"x"`, `js.Array[T]()`, `new StringBuilder`), or a string literal, is left alone: ' +
        "its size is a stored count, read in constant time. So is a Java getter's `length` " +
        '(`m.getParameterTypes.length`: an array or a string). A `Duration` (declared so, or a receiver named ' +
        '`…duration`, `…timeout`, `…delay`, `…interval`, `…period`, `…ttl`) and a comparison with a `Long` ' +
        '(`0L`) are left alone too: that `length` is an amount of time, not a count of elements.',
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
        if (comparesWithLong(node)) return;
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
