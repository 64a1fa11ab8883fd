import type { SyntaxNode } from '../../../parse/parser.js';

/** `File` methods that turn a path into another path, with no input of their own. */
const PATH_METHODS = new Set(['dirname', 'expand_path', 'join', 'absolute_path', 'realpath']);
/** Where a Ruby local variable's scope ends: blocks share their method's variables, these do not. */
const SCOPES = new Set(['method', 'singleton_method', 'class', 'singleton_class', 'module', 'program']);

const isPlainString = (node: SyntaxNode) =>
  node.type === 'string' && !node.namedChildren.some((child) => child?.type === 'interpolation');

/** The method, class, module or file whose local variables `node` sees. */
export function scopeOf(node: SyntaxNode): SyntaxNode | null {
  let current = node.parent;
  while (current && !SCOPES.has(current.type)) current = current.parent;
  return current;
}

/**
 * The assignments to `name` in `scope`, outside nested methods,
 * classes and modules; `undefined` when one is not a plain `=`.
 */
export function assignedValues(scope: SyntaxNode, name: string): SyntaxNode[] | undefined {
  const values: SyntaxNode[] = [];
  const visit = (node: SyntaxNode): boolean => {
    if (node !== scope && SCOPES.has(node.type)) return true;
    const left = node.childForFieldName('left');
    if (left?.type === 'identifier' && left.text === name) {
      const right = node.childForFieldName('right');
      if (node.type !== 'assignment' || !right) return false;
      values.push(right);
    }
    return node.namedChildren.every((child) => !child || visit(child));
  };
  return visit(scope) ? values : undefined;
}

/**
 * Whether an expression is the running script's own location, or a path built from it and literals: `__dir__`,
 * `__FILE__`, `File.dirname(__FILE__)`, `File.expand_path('..', __dir__)`, `File.dirname(__FILE__) + '/../.git'`,
 * or a local variable every assignment of which in its scope is one of these. Its value comes from where the
 * script sits, not from input.
 */
export function isScriptLocation(node: SyntaxNode, seen: ReadonlySet<string> = new Set()): boolean {
  if (node.text === '__dir__' || node.text === '__FILE__') return true;
  if (node.type === 'parenthesized_statements')
    return node.namedChildren.length === 1 && !!node.namedChildren[0] && isPathPart(node.namedChildren[0], seen);
  if (node.type === 'binary') {
    const [left, right] = [node.childForFieldName('left'), node.childForFieldName('right')];
    return (
      node.childForFieldName('operator')?.text === '+' &&
      !!left &&
      !!right &&
      isPathPart(left, seen) &&
      isPathPart(right, seen) &&
      (isScriptLocation(left, seen) || isScriptLocation(right, seen))
    );
  }
  // `a ++ 'b'` is `a + (+'b')`: unary plus on a literal.
  if (node.type === 'unary' && node.childForFieldName('operator')?.text === '+') {
    const operand = node.childForFieldName('operand');
    return !!operand && isPathPart(operand, seen);
  }
  if (node.type === 'call') {
    const receiver = node.childForFieldName('receiver')?.text.replace(/^::/, '');
    const args = node.childForFieldName('arguments')?.namedChildren ?? [];
    return (
      receiver === 'File' &&
      PATH_METHODS.has(node.childForFieldName('method')?.text ?? '') &&
      args.length > 0 &&
      args.every((arg) => !!arg && isPathPart(arg, seen)) &&
      args.some((arg) => !!arg && isScriptLocation(arg, seen))
    );
  }
  if (node.type === 'identifier' && !seen.has(node.text)) {
    const scope = scopeOf(node);
    const values = scope && assignedValues(scope, node.text);
    const inner = new Set([...seen, node.text]);
    return !!values && values.length > 0 && values.every((value) => isScriptLocation(value, inner));
  }
  return false;
}

/** A piece of a path built from the script's location: the location itself, or a literal without interpolation. */
function isPathPart(node: SyntaxNode, seen: ReadonlySet<string>): boolean {
  return isPlainString(node) || isScriptLocation(node, seen);
}
