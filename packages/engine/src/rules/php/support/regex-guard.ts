import type { SyntaxNode } from '../../../parse/parser.js';
import { namedChildrenOf } from '../../support/syntax.js';
import { leaves } from './control-flow.js';

const CLOSING_DELIMITER: Record<string, string> = { '(': ')', '{': '}', '[': ']', '<': '>' };
const SCOPES = new Set([
  'function_definition',
  'method_declaration',
  'anonymous_function',
  'arrow_function',
  'program',
]);

/** The text of a string literal without interpolation, or undefined. */
function literalText(node: SyntaxNode | undefined): string | undefined {
  if (!node || (node.type !== 'string' && node.type !== 'encapsed_string')) return undefined;
  const parts = namedChildrenOf(node);
  if (parts.some((part) => part.type !== 'string_content' && part.type !== 'escape_sequence')) return undefined;
  return parts.map((part) => part.text).join('');
}

/** Whether a pattern's text outside character classes and escapes has a bare `.` or a top-level `|`. */
function matchesLoosely(body: string): boolean {
  let depth = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === '\\') index++;
    else if (char === '[') {
      // Skip the class: `]` right after `[` or `[^` is a member.
      index += body[index + 1] === '^' ? 2 : 1;
      if (body[index] === ']') index++;
      while (index < body.length && body[index] !== ']') index += body[index] === '\\' ? 2 : 1;
    } else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '.' || (char === '|' && depth === 0)) return true;
  }
  return false;
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
  const body = literal.slice(1, end);
  const flags = literal.slice(end + 1);
  if (flags.includes('m') || flags.includes('x')) return false;
  const anchoredStart = body.startsWith('^') || body.startsWith('\\A');
  const anchoredEnd = /(?:^|[^\\])(?:\\\\)*\$$/.test(body) || /\\[zZ]$/.test(body);
  return anchoredStart && anchoredEnd && !matchesLoosely(body);
}

/** `preg_match(STRICT, $name)`: the call, when it checks `name` against a strict pattern. */
function isStrictCheckOf(node: SyntaxNode | null, name: string): boolean {
  if (node?.type !== 'function_call_expression') return false;
  if (node.childForFieldName('function')?.text.toLowerCase() !== 'preg_match') return false;
  const args = namedChildrenOf(node.childForFieldName('arguments') ?? node).map((arg) => arg.namedChild(0));
  const pattern = literalText(args[0] ?? undefined);
  return pattern !== undefined && isStrictPattern(pattern) && args[1]?.text === name;
}

const unparenthesized = (node: SyntaxNode | null) =>
  node?.type === 'parenthesized_expression' ? node.namedChild(0) : node;

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
