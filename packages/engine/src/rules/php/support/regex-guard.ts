import type { SyntaxNode } from '../../../parse/parser.js';
import { namedChildrenOf } from '../../support/syntax.js';
import { leaves } from './control-flow.js';
import { unparenthesized } from './local-taint.js';

const CLOSING_DELIMITER: Record<string, string> = { '(': ')', '{': '}', '[': ']', '<': '>' };
const SCOPES = new Set([
  'function_definition',
  'method_declaration',
  'anonymous_function',
  'arrow_function',
  'program',
]);

/** The text of a string literal without interpolation (a nowdoc too), or undefined. */
function literalText(node: SyntaxNode | undefined): string | undefined {
  if (node?.type === 'nowdoc') return node.childForFieldName('value')?.text.replace(/^\r?\n|\r?\n$/g, '') ?? '';
  if (!node || (node.type !== 'string' && node.type !== 'encapsed_string')) return undefined;
  const parts = namedChildrenOf(node);
  if (parts.some((part) => part.type !== 'string_content' && part.type !== 'escape_sequence')) return undefined;
  return parts.map((part) => part.text).join('');
}

/** The index of the `]` closing the character class that opens at `start`; `]` right after `[` or `[^` is a member. */
function classEnd(body: string, start: number): number {
  let index = start + (body[start + 1] === '^' ? 2 : 1);
  if (body[index] === ']') index++;
  while (index < body.length && body[index] !== ']') index += body[index] === '\\' ? 2 : 1;
  return index;
}

/** Whether a pattern's text outside character classes and escapes has a bare `.` or a top-level `|`. */
function matchesLoosely(body: string): boolean {
  let depth = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '\\') index++;
    else if (char === '[') index = classEnd(body, index);
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '.' || (char === '|' && depth === 0)) return true;
  }
  return false;
}

/** The index just past the group that opens at `start` (`(` … `)`), skipping escapes and character classes. */
function groupEnd(body: string, start: number): number {
  let depth = 0;
  for (let index = start; index < body.length; index++) {
    const char = body[index];
    if (char === '\\') index++;
    else if (char === '[') index = classEnd(body, index);
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return index + 1;
  }
  return body.length;
}

/** The pattern as PCRE's `x` flag reads it: whitespace and `#` comments outside character classes dropped. */
function withoutExtendedSpacing(body: string): string {
  let out = '';
  for (let index = 0; index < body.length; index++) {
    const char = body[index]!;
    if (char === '\\') out += body.slice(index, ++index + 1);
    else if (char === '[') {
      const start = index;
      index = classEnd(body, index);
      out += body.slice(start, index + 1);
    } else if (char === '#') while (index < body.length && body[index] !== '\n') index++;
    else if (!/\s/.test(char)) out += char;
  }
  return out;
}

/** `(?(DEFINE)…)` groups only name sub-patterns and match nothing: the anchor may follow them. */
function withoutLeadingDefinitions(body: string): string {
  while (body.startsWith('(?(DEFINE)')) body = body.slice(groupEnd(body, 0));
  return body;
}

/**
 * A PCRE literal that admits only the characters it lists, over the whole value: anchored at both ends (`^…$`,
 * `\A…\z`), not multi-line (where `^` and `$` match at every line), with no `.` and no alternation around the anchors.
 */
export function isStrictPattern(literal: string): boolean {
  const open = literal[0];
  if (!open || /[\w\s\\]/.test(open)) return false;
  const close = CLOSING_DELIMITER[open] ?? open;
  const end = literal.lastIndexOf(close);
  if (end <= 0) return false;
  const flags = literal.slice(end + 1);
  if (flags.includes('m')) return false;
  const written = literal.slice(1, end);
  const whole = flags.includes('x') ? withoutExtendedSpacing(written) : written;
  const body = withoutLeadingDefinitions(whole);
  const anchoredStart = body.startsWith('^') || body.startsWith('\\A');
  const anchoredEnd = /(?:^|[^\\])(?:\\\\)*\$$/.test(body) || /\\[zZ]$/.test(body);
  return anchoredStart && anchoredEnd && !matchesLoosely(whole);
}

/** A pattern written in place, or in a variable of the function assigned once, from a literal. */
function patternText(node: SyntaxNode | undefined): string | undefined {
  if (node?.type !== 'variable_name') return literalText(node);
  let scope = node.parent;
  while (scope && !SCOPES.has(scope.type)) scope = scope.parent;
  const assignments = (scope?.descendantsOfType('assignment_expression') ?? []).filter(
    (assignment) => assignment?.childForFieldName('left')?.text === node.text,
  );
  return assignments.length === 1 ? literalText(assignments[0]?.childForFieldName('right') ?? undefined) : undefined;
}

/** `$name`, or `trim($name)`: trimming drops only whitespace around the value, which can hold no code. */
function isSubject(node: SyntaxNode | null | undefined, name: string): boolean {
  if (node?.type === 'function_call_expression' && TRIMS.has(node.childForFieldName('function')?.text ?? ''))
    return isSubject(node.childForFieldName('arguments')?.namedChild(0)?.namedChild(0), name);
  return node?.text === name;
}
const TRIMS = new Set(['trim', 'rtrim', 'ltrim']);

/** `preg_match`, or a static wrapper of it such as composer/pcre's `Preg::isMatch` and `Preg::match`. */
function isMatchCall(node: SyntaxNode | null): node is SyntaxNode {
  if (node?.type === 'function_call_expression')
    return node.childForFieldName('function')?.text.toLowerCase() === 'preg_match';
  return (
    node?.type === 'scoped_call_expression' && ['isMatch', 'match'].includes(node.childForFieldName('name')?.text ?? '')
  );
}

/** `preg_match(STRICT, $name)`: the call, when it checks `name` against a strict pattern. */
function isStrictCheckOf(node: SyntaxNode | null, name: string): boolean {
  if (!isMatchCall(node)) return false;
  const args = namedChildrenOf(node.childForFieldName('arguments') ?? node).map((arg) => arg.namedChild(0));
  const pattern = patternText(args[0] ?? undefined);
  return pattern !== undefined && isStrictPattern(pattern) && isSubject(args[1], name);
}

/** A condition true only if `name` passed the check: the check itself, `=== 1`, or one operand of `&&`. */
function requiresCheck(condition: SyntaxNode | null, name: string): boolean {
  const node = unparenthesized(condition);
  if (!node) return false;
  if (isStrictCheckOf(node, name)) return true;
  if (node.type !== 'binary_expression') return false;
  const operator = node.childForFieldName('operator')?.text.toLowerCase();
  const [left, right] = [node.childForFieldName('left'), node.childForFieldName('right')];
  if (operator === '&&' || operator === 'and') return requiresCheck(left, name) || requiresCheck(right, name);
  return (operator === '===' || operator === '==') && right?.text === '1' && isStrictCheckOf(left, name);
}

/** A condition true whenever `name` failed the check: `!check`, `check === 0`, `!== 1`, or an operand of `||`. */
function failsWithoutCheck(condition: SyntaxNode | null, name: string): boolean {
  const node = unparenthesized(condition);
  if (!node) return false;
  if (node.type === 'unary_op_expression' && node.text.startsWith('!'))
    return isStrictCheckOf(unparenthesized(node.namedChild(0)), name);
  if (node.type !== 'binary_expression') return false;
  const operator = node.childForFieldName('operator')?.text.toLowerCase();
  const [left, right] = [node.childForFieldName('left'), node.childForFieldName('right')];
  if (operator === '||' || operator === 'or') return failsWithoutCheck(left, name) || failsWithoutCheck(right, name);
  return (
    ((operator === '===' || operator === '==') && right?.text === '0' && isStrictCheckOf(left, name)) ||
    ((operator === '!==' || operator === '!=') && right?.text === '1' && isStrictCheckOf(left, name))
  );
}

/** `if (!preg_match(STRICT, $name)) { …; throw/return/exit; }`, with no `else`. */
function isEarlyExitGuard(statement: SyntaxNode, name: string): boolean {
  if (statement.type !== 'if_statement' || statement.childForFieldName('alternative')) return false;
  if (!failsWithoutCheck(statement.childForFieldName('condition'), name)) return false;
  const body = statement.childForFieldName('body');
  const last = body?.type === 'compound_statement' ? namedChildrenOf(body).at(-1) : body;
  return last !== undefined && last !== null && leaves(last);
}

const assigns = (code: string, name: string) =>
  new RegExp(`${name.replace(/\$/g, '\\$')}\\s*(?:[.+\\-*/?]|\\?\\?)?=(?!=)`).test(code);

/**
 * Whether the variable `name` has been checked against a strict regular expression wherever `use` runs, and not
 * assigned since: `use` sits in the body of `if (preg_match(STRICT, $name))`, or comes after an
 * `if (!preg_match(STRICT, $name)) { throw …; }` in a block around it.
 */
export function isCheckedByStrictPattern(use: SyntaxNode, name: string, source: string): boolean {
  for (let child = use, node = use.parent; node; child = node, node = node.parent) {
    if (node.type === 'if_statement' && node.childForFieldName('body')?.id === child.id) {
      const condition = node.childForFieldName('condition');
      if (requiresCheck(condition, name) && !assigns(source.slice(condition!.endIndex, use.startIndex), name))
        return true;
    }
    if (node.type === 'compound_statement' || node.type === 'program')
      for (const statement of namedChildrenOf(node)) {
        if (statement.startIndex >= child.startIndex) break;
        if (isEarlyExitGuard(statement, name) && !assigns(source.slice(statement.endIndex, use.startIndex), name))
          return true;
      }
    if (SCOPES.has(node.type)) return false;
  }
  return false;
}
