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

/** Sequences whose `length` walks them; any other `length` is a `String`'s, an array's, a buffer's, a `Duration`'s. */
const LINEAR_SEQUENCES = new Set(['List', 'Seq', 'LinearSeq', 'LazyList', 'Stream', 'Queue', 'ListBuffer']);

/**
 * `uri.length` on a `String` parameter, `"abc".length`, `arr.size` on an `Array[Int]`; and `length` on a receiver
 * not declared as a linked sequence: Scala code asks a collection its `size`, while `length` is mostly read from
 * strings, arrays and byte buffers, where it is stored, and from a `Duration`, where it is no size at all.
 */
function hasConstantTimeSize(sizeField: SyntaxNode | null): boolean {
  const receiver = sizeField?.childForFieldName('value');
  if (!receiver) return false;
  if (STRINGS.has(receiver.type)) return true;
  const declared = receiver.type === 'identifier' ? declaredType(receiver, receiver.text) : undefined;
  if (CONSTANT_TIME_SIZE.has(declared ?? '')) return true;
  return sizeField?.childForFieldName('field')?.text === 'length' && !LINEAR_SEQUENCES.has(declared ?? '');
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
    // Pure style where no Scapegoat runs: maintainers rejected every one judged (docs/rules.md).
    enabledByDefault: false,
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
        'its size is a stored count, read in constant time. `length` is reported only on a receiver declared ' +
        'as a `List`, `Seq`, `LazyList`, `Stream`, `Queue` or `ListBuffer`: Scala code asks a collection its ' +
        "`size`, and `length` is mostly a string's, an array's, a byte buffer's or a `Duration`'s. Off by " +
        'default (pure style where the project runs no Scapegoat): `scala/size-comparison: on` under `rules:` in ' +
        '`.plumb.yml` switches it on.',
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
