import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Operators whose operands are strings or paths, where an empty or spaced value changes the test. */
const STRING_OPERATORS = new Set(['=', '==', '!=', '<', '>']);
const UNARY_OPERATORS = new Set(['-n', '-z', '-e', '-f', '-d', '-r', '-w', '-x', '-s', '-L', '-h', '-p', '-S', '-b', '-c']);
/** `$#`, `$?`, `$$`, `$!` are always a number. */
const NUMERIC_SPECIALS = new Set(['#', '?', '$', '!']);

/** An expansion the shell will word-split and glob because it stands outside quotes. */
function isUnquotedExpansion(node: SyntaxNode | null): boolean {
  if (!node) return false;
  if (node.type === 'command_substitution') return true;
  if (node.type === 'concatenation') return node.namedChildren.some(isUnquotedExpansion);
  if (node.type !== 'simple_expansion' && node.type !== 'expansion') return false;
  if (node.namedChildren.some((child) => child?.type === 'special_variable_name' && NUMERIC_SPECIALS.has(child.text))) return false;
  // `${#var}` is a length.
  return node.child(1)?.type !== '#';
}

/** The operands of a `[ ]` expression that must be quoted. */
function operandsOf(expression: SyntaxNode): SyntaxNode[] {
  if (expression.type === 'binary_expression') {
    const operator = expression.childForFieldName('operator')?.text ?? '';
    const sides = [expression.childForFieldName('left'), expression.childForFieldName('right')].filter((side): side is SyntaxNode => side !== null);
    // The grammar groups `a = x -o b != y` loosely, so a side may itself be a comparison.
    if (operator === '-a' || operator === '-o' || STRING_OPERATORS.has(operator)) {
      return sides.flatMap((side) => (side.type === 'binary_expression' || operator === '-a' || operator === '-o' ? operandsOf(side) : [side]));
    }
    return sides.filter((side) => side.type === 'binary_expression').flatMap(operandsOf);
  }
  if (expression.type === 'unary_expression') {
    const operator = expression.childForFieldName('operator')?.text ?? '';
    const operand = expression.namedChildren.at(-1);
    return UNARY_OPERATORS.has(operator) && operand ? [operand] : [];
  }
  if (expression.type === 'parenthesized_expression' || expression.type === 'negated_expression') return expression.namedChildren.flatMap((child) => (child ? operandsOf(child) : []));
  return [expression];
}

export const rule: Rule = {
  meta: {
    id: 'shell/unquoted-test-operand',
    tool: 'plumb',
    language: 'shell',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug'],
    remediationMinutes: 1,
    docs: {
      whatItFinds: 'An unquoted `$var` or `$(...)` as an operand of a string or file test inside `[ ]`: `[ $x = y ]`, `[ -n $x ]`, `[ -f $path ]` (ShellCheck SC2086 in tests). Numeric comparisons, `[[ ]]` and `$#`, `$?`, `${#x}` are left alone.',
      whyItMatters: 'Unquoted, an empty value disappears and a value with spaces or `*` splits into several words: `[ -n $x ]` is true when `x` is empty, and `[ $x = y ]` fails with "unary operator expected".',
      example: { bad: 'if [ -n $name ] && [ $mode = fast ]; then', good: 'if [ -n "$name" ] && [ "$mode" = fast ]; then' },
    },
  },
  create(context) {
    return {
      test_command(node) {
        if (node.child(0)?.type !== '[') return;
        for (const expression of node.namedChildren) {
          if (!expression) continue;
          for (const operand of operandsOf(expression)) {
            if (!isUnquotedExpansion(operand)) continue;
            context.report({ node: operand, message: `Unquoted \`${operand.text}\` in a \`[ ]\` test is split and globbed.`, help: `Quote it: \`"${operand.text}"\`, or use \`[[ ]]\` in bash.` });
          }
        }
      },
    };
  },
};
