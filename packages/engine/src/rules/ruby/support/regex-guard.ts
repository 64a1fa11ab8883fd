import type { SyntaxNode } from '../../../parse/parser.js';

/** Where a Ruby local variable's scope ends: blocks share their method's variables, these do not. */
const SCOPES = new Set(['method', 'singleton_method', 'class', 'singleton_class', 'module', 'program']);
/** Statements that leave the block or method, so that what follows runs only when the guard let the value through. */
const EXITS = new Set(['next', 'return', 'break']);
const RAISING = new Set(['raise', 'fail', 'abort', 'exit', 'exit!']);
/** Methods that change a string in place without adding characters to it. */
const SHRINKING = new Set([
  'chomp!',
  'chop!',
  'strip!',
  'lstrip!',
  'rstrip!',
  'squeeze!',
  'downcase!',
  'upcase!',
  'swapcase!',
  'capitalize!',
  'delete!',
  'freeze',
]);
/**
 * Calls that read a source one line at a time: their block's variable holds one line, with no newline before its end.
 */
const LINE_READERS = new Set(['each_line', 'foreach']);

/** Characters that mean nothing to `/bin/sh` inside or outside quotes. */
const SHELL_INERT = /[A-Za-z0-9_:/@%=,+-]/;
/** Escapes that match only shell-inert characters: digits, word characters, hex digits, escaped punctuation. */
const INERT_ESCAPES = new Set(['d', 'w', 'h', '.', '-', '+', '_', '/', ':', '@', '%', '=', ',']);

const RANGE_ENDS = [/[a-z]/, /[A-Z]/, /[0-9]/];

/**
 * Whether a character class (`[\w.-]`, `[a-z0-9_]`) holds only
 * shell-inert characters: no negation, ranges within letters or digits.
 */
function isInertClass(members: string): boolean {
  if (members === '' || members.startsWith('^')) return false;
  for (let i = 0; i < members.length; i++) {
    const char = members[i]!;
    if (char === '\\') {
      if (!INERT_ESCAPES.has(members[++i] ?? '')) return false;
    } else if (members[i + 1] === '-' && i + 2 < members.length) {
      const last = members[i + 2]!;
      if (!RANGE_ENDS.some((kind) => kind.test(char) && kind.test(last)) || last < char) return false;
      i += 2;
    } else if (char !== '.' && !SHELL_INERT.test(char)) return false;
  }
  return true;
}

/**
 * Whether a regex body (between its anchors) can match only shell-inert
 * characters: no `.`, `\s`, negated class or top-level `|`.
 */
function matchesOnlyInertCharacters(body: string): boolean {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (char === '\\') {
      if (!INERT_ESCAPES.has(body[++i] ?? '')) return false;
    } else if (char === '[') {
      const end = body.indexOf(']', i + 1);
      if (end < 0 || !isInertClass(body.slice(i + 1, end))) return false;
      i = end;
    } else if (char === '(') {
      depth++;
      if (body.startsWith('?:', i + 1)) i += 2;
    } else if (char === ')') {
      if (--depth < 0) return false;
    } else if (char === '|') {
      if (depth === 0) return false;
    } else if (char === '{') {
      const end = body.indexOf('}', i);
      if (end < 0 || !/^\d+(?:,\d*)?$/.test(body.slice(i + 1, end))) return false;
      i = end;
    } else if (!'?*+'.includes(char) && !SHELL_INERT.test(char)) return false;
  }
  return depth === 0;
}

/**
 * Whether a regex literal admits only shell-inert text from its start to its end: anchored by `\A` and `\z`/`\Z`,
 * or by `^` and `$` when `singleLine` (Ruby's `^` and `$` anchor lines, so a second line would go unchecked).
 */
function isAllowListRegex(regex: SyntaxNode, singleLine: boolean): boolean {
  if (regex.type !== 'regex' || regex.namedChildren.some((child) => child?.type === 'interpolation')) return false;
  const match = /^\/(.*)\/([imo]*)$/s.exec(regex.text);
  if (!match) return false;
  const source = match[1]!;
  const strict = /^\\A(.*)\\[zZ]$/s.exec(source);
  const lines = singleLine ? /^\^(.*)\$$/s.exec(source) : null;
  const body = strict?.[1] ?? lines?.[1];
  return body !== undefined && matchesOnlyInertCharacters(body);
}

/**
 * The regex `node` tests `name` against, when it is `name =~ re`,
 * `re =~ name`, `name.match?(re)`, `re.match(name)` and the like.
 */
function testedRegex(node: SyntaxNode, name: string, operator: '=~' | '!~'): SyntaxNode | undefined {
  if (node.type === 'binary' && node.childForFieldName('operator')?.text === operator) {
    const [left, right] = [node.childForFieldName('left'), node.childForFieldName('right')];
    if (left?.type === 'identifier' && left.text === name && right) return right;
    if (right?.type === 'identifier' && right.text === name && left) return left;
  }
  if (operator === '=~' && node.type === 'call' && /^match\??$/.test(node.childForFieldName('method')?.text ?? '')) {
    const receiver = node.childForFieldName('receiver');
    const args = node.childForFieldName('arguments')?.namedChildren ?? [];
    if (args.length !== 1 || !args[0] || !receiver) return undefined;
    if (receiver.type === 'identifier' && receiver.text === name) return args[0];
    if (args[0].type === 'identifier' && args[0].text === name) return receiver;
  }
  return undefined;
}

/**
 * Whether `condition` holding (or, when `negated`, failing) means that `name` matched an allow-list regex:
 * `a && b` holds only if both do, `a || b` fails only if both do.
 */
function ensuresMatch(condition: SyntaxNode | null, name: string, singleLine: boolean, negated: boolean): boolean {
  if (!condition) return false;
  if (condition.type === 'parenthesized_statements')
    return (
      condition.namedChildren.length === 1 &&
      ensuresMatch(condition.namedChildren[0] ?? null, name, singleLine, negated)
    );
  const operator = condition.childForFieldName('operator')?.text ?? '';
  if (condition.type === 'binary' && (negated ? ['||', 'or'] : ['&&', 'and']).includes(operator)) {
    return (
      ensuresMatch(condition.childForFieldName('left'), name, singleLine, negated) ||
      ensuresMatch(condition.childForFieldName('right'), name, singleLine, negated)
    );
  }
  if (condition.type === 'unary' && ['!', 'not'].includes(operator))
    return ensuresMatch(condition.childForFieldName('operand'), name, singleLine, !negated);
  const regex = testedRegex(condition, name, negated ? '!~' : '=~');
  return !!regex && isAllowListRegex(regex, singleLine);
}

function exits(statement: SyntaxNode | null): boolean {
  if (!statement) return false;
  if (EXITS.has(statement.type)) return true;
  return statement.type === 'call' && !statement.childForFieldName('receiver')
    ? RAISING.has(statement.childForFieldName('method')?.text ?? '')
    : statement.type === 'identifier' && RAISING.has(statement.text);
}

/** `next if v !~ /\A\d+\z/`, `return unless v.match?(/\A[\w.-]+\z/)`, `raise "bad" unless /\A\d+\z/ =~ v`. */
function isGuard(statement: SyntaxNode, name: string, singleLine: boolean): boolean {
  if (statement.type !== 'if_modifier' && statement.type !== 'unless_modifier') return false;
  if (!exits(statement.childForFieldName('body'))) return false;
  // `... if c` goes on only when `c` fails, `... unless c` only when it holds.
  return ensuresMatch(statement.childForFieldName('condition'), name, singleLine, statement.type === 'if_modifier');
}

/** Whether `node` gives `name` a new value, or changes it in place in a way that can add characters. */
function isChange(node: SyntaxNode, name: string): boolean {
  const left = node.childForFieldName('left');
  if (
    (node.type === 'assignment' || node.type === 'operator_assignment') &&
    left?.type === 'identifier' &&
    left.text === name
  )
    return true;
  if (node.type === 'binary' && node.childForFieldName('operator')?.text === '<<' && left?.text === name) return true;
  if (node.type !== 'call' || node.childForFieldName('receiver')?.text !== name) return false;
  const method = node.childForFieldName('method')?.text ?? '';
  return (
    (method.endsWith('!') || ['replace', 'concat', 'insert', 'prepend', 'clear'].includes(method)) &&
    !SHRINKING.has(method)
  );
}

/** Whether anything in `node` that starts at or after `offset` changes `name`. */
function changedAfter(node: SyntaxNode, name: string, offset: number): boolean {
  if (node.endIndex <= offset) return false;
  if (node.startIndex >= offset && isChange(node, name)) return true;
  return node.namedChildren.some((child) => !!child && changedAfter(child, name, offset));
}

/** Whether the variable is the block parameter of a line reader (`each_line`, `File.foreach`): it holds one line. */
function isLineVariable(identifier: SyntaxNode, scope: SyntaxNode): boolean {
  for (let node = identifier.parent; node && node !== scope; node = node.parent) {
    if (node.type !== 'do_block' && node.type !== 'block') continue;
    const parameters = node.childForFieldName('parameters')?.namedChildren ?? [];
    if (!parameters.some((parameter) => parameter?.text === identifier.text)) continue;
    return LINE_READERS.has(node.parent?.childForFieldName('method')?.text ?? '');
  }
  return false;
}

/**
 * Whether a local variable, where it is read, has passed a guard that leaves the block or method unless it matches an
 * allow-list regex of shell-inert characters (`next if version !~ /\A\d+\.\d+\z/`), with nothing after the guard that
 * could give it other characters. What such a value holds cannot be shell syntax, whatever its source.
 */
export function isValidatedByRegexGuard(identifier: SyntaxNode): boolean {
  if (identifier.type !== 'identifier') return false;
  const name = identifier.text;
  let scope = identifier.parent;
  while (scope && !SCOPES.has(scope.type)) scope = scope.parent;
  if (!scope) return false;
  const singleLine = isLineVariable(identifier, scope);
  for (let node: SyntaxNode | null = identifier; node && node !== scope; node = node.parent) {
    // A block parameter of that name is another variable than any before the block.
    if (
      (node.type === 'do_block' || node.type === 'block') &&
      node.childForFieldName('parameters')?.namedChildren.some((parameter) => parameter?.text === name)
    )
      break;
    for (let sibling = node.previousNamedSibling; sibling; sibling = sibling.previousNamedSibling) {
      if (!isGuard(sibling, name, singleLine)) continue;
      // Nothing after the guard, to the end of the scope, may change
      // the value: a loop would carry the change back to the read.
      return !changedAfter(scope, name, sibling.endIndex);
    }
  }
  return false;
}
