import type { SyntaxNode } from '../../parse/parser.js';
import { shellDialect } from '../../languages/shell-dialect.js';
import type { Rule } from '../types.js';
import { quotedCode } from '../support/quoted-code.js';

/** Operators whose operands are strings or paths, where an empty or spaced value changes the test. */
const STRING_OPERATORS = new Set(['=', '==', '!=', '<', '>']);
const UNARY_OPERATORS = new Set([
  '-n',
  '-z',
  '-e',
  '-f',
  '-d',
  '-r',
  '-w',
  '-x',
  '-s',
  '-L',
  '-h',
  '-p',
  '-S',
  '-b',
  '-c',
]);
/** `${var+word}`, `${var:+word}` with a plain word: that word when `var` is set, else nothing. */
const ALTERNATE_WORD = /^\$\{[A-Za-z_]\w*:?\+[^\s*?[\]\\$`'"{}]*\}$/;
/** `$#`, `$?`, `$$`, `$!` are always a number. */
const NUMERIC_SPECIALS = new Set(['#', '?', '$', '!']);

/**
 * `$(expr ...)`, `$(... | wc -l)` and `$(...; echo $?)` print a number; unquoted, `wc`'s leading spaces on macOS are
 * even trimmed. The last captures an exit status, the idiom for a command whose status, not output, is tested.
 */
function isNumericSubstitution(node: SyntaxNode): boolean {
  const command = node.text.replace(/^\$\(|^`|\)$|`$/g, '').trim();
  return (
    /^expr\s/.test(command) ||
    /(^|\|)\s*wc\s+-[lcmw]\b[^|]*$/.test(command) ||
    /[;\n]\s*echo\s+(?:\$\?|"\$\?")$/.test(command)
  );
}

/** A `for` over unquoted words: each value is one piece of a word split, so it holds no spaces. */
function isSpacelessLoop(node: SyntaxNode): boolean {
  const values = node.childrenForFieldName('value').filter((value): value is SyntaxNode => value !== null);
  return (
    values.length > 0 &&
    values.every(
      (value) =>
        (value.type === 'word' && !/[*?[\\]/.test(value.text)) ||
        value.type === 'simple_expansion' ||
        value.type === 'number',
    )
  );
}

/**
 * `$x` or `${x}` of a variable that only holds space-free values,
 * `$#`, `$?` or `${#x}`: an expansion that stays one word.
 */
function isSpacelessExpansion(node: SyntaxNode, spaceless: ReadonlySet<string>): boolean {
  if (node.namedChildren.some((child) => child?.type === 'special_variable_name' && NUMERIC_SPECIALS.has(child.text)))
    return true;
  // `${#var}` is a length; `${var+x}` and `${var:+word}` are a plain word or nothing (the is-it-set idiom).
  if (node.child(1)?.type === '#' || ALTERNATE_WORD.test(node.text)) return true;
  const variable = node.namedChildren.find((child) => child?.type === 'variable_name')?.text;
  return (
    variable !== undefined && spaceless.has(variable) && (node.type === 'simple_expansion' || node.childCount === 3)
  );
}

/** An unquoted expansion the shell will word-split and glob, unless its variable can only hold a space-free value. */
function isUnquotedExpansion(node: SyntaxNode | null, spaceless: ReadonlySet<string>): boolean {
  if (!node) return false;
  if (node.type === 'command_substitution') return !isNumericSubstitution(node);
  if (node.type === 'concatenation') return node.namedChildren.some((child) => isUnquotedExpansion(child, spaceless));
  if (node.type !== 'simple_expansion' && node.type !== 'expansion') return false;
  return !isSpacelessExpansion(node, spaceless);
}

const GLOB_OR_SPACE = /[\s*?[\]\\]/;

/**
 * A value that cannot contain spaces or globs: a plain word, a number, arithmetic, a substitution that prints a
 * number, an expansion that stays one word, or words and such expansions joined (`/var/run/redis_${PORT}.pid`).
 */
function isSpacelessValue(value: SyntaxNode | null, spaceless: ReadonlySet<string>): boolean {
  if (!value) return true;
  if (value.type === 'word') return !/[*?[\\]/.test(value.text);
  if (value.type === 'number' || value.type === 'arithmetic_expansion') return true;
  if (value.type === 'command_substitution') return isNumericSubstitution(value);
  if (value.type === 'simple_expansion' || value.type === 'expansion') return isSpacelessExpansion(value, spaceless);
  if (value.type === 'raw_string') return !GLOB_OR_SPACE.test(value.text.slice(1, -1));
  if (value.type === 'concatenation')
    return value.namedChildren.every((part) => part !== null && isSpacelessValue(part, spaceless));
  // `"$(…; echo $?)"` or `"/run/$PORT"`: quoting keeps space-free parts space-free.
  if (value.type === 'string')
    return value.namedChildren.every(
      (part) =>
        part !== null &&
        (part.type === 'string_content' ? !GLOB_OR_SPACE.test(part.text) : isSpacelessValue(part, spaceless)),
    );
  return false;
}

/**
 * The variables that only ever hold space-free values, as ShellCheck's spacefulness analysis finds them: assumed of
 * every assigned variable, then taken back from any with a value that is not, until nothing changes (a value may
 * expand another variable, assigned before or after it).
 */
function spacelessVariables(
  values: ReadonlyMap<string, (SyntaxNode | null)[]>,
  loops: ReadonlyMap<string, boolean>,
): Set<string> {
  const spaceless = new Set([...values.keys()].filter((name) => loops.get(name) !== false));
  for (let changed = true; changed;) {
    changed = false;
    for (const name of spaceless) {
      if (values.get(name)?.every((value) => isSpacelessValue(value, spaceless)) ?? true) continue;
      spaceless.delete(name);
      changed = true;
    }
  }
  return spaceless;
}

const SINGLE_OPERANDS = new Set([
  'word',
  'string',
  'raw_string',
  'simple_expansion',
  'expansion',
  'command_substitution',
  'concatenation',
]);

/** A non-empty literal that stays one word: no expansion, no space, no glob character. */
function isPlainWord(node: SyntaxNode | null): boolean {
  if (!node) return false;
  const text =
    node.type === 'word'
      ? node.text
      : node.type === 'raw_string' || node.type === 'string'
        ? node.text.slice(1, -1)
        : '';
  if (node.type === 'string' && node.namedChildren.some((child) => child?.type !== 'string_content')) return false;
  return /^[^\s*?[\]\\$`'"]+$/.test(text);
}

/**
 * `[ $x = word ]` alone in its test fails closed: if `x` holds `word` the expansion is that one word and the test is
 * true; any other value, empty or split or globbed, makes `[` false or fail, and both read as "not equal". `!=`, `!`
 * and `-a`/`-o` do not: there a failing `[` reads as the opposite answer or hides the other operand.
 */
function failsClosed(test: SyntaxNode, expression: SyntaxNode): boolean {
  if (test.namedChildCount !== 1 || expression.type !== 'binary_expression') return false;
  if (!['=', '=='].includes(expression.childForFieldName('operator')?.text ?? '')) return false;
  const [left, right] = [expression.childForFieldName('left'), expression.childForFieldName('right')];
  // The grammar parses `! $x = y` and `$x = y -o ...` as a comparison whose side is itself an expression.
  if (!left || !right || !SINGLE_OPERANDS.has(left.type) || !SINGLE_OPERANDS.has(right.type)) return false;
  return isPlainWord(left) || isPlainWord(right);
}

/** The operands of a `[ ]` expression that must be quoted. */
function operandsOf(expression: SyntaxNode): SyntaxNode[] {
  if (expression.type === 'binary_expression') {
    const operator = expression.childForFieldName('operator')?.text ?? '';
    // `[ ! $x = y ]` parses as `(! $x) = y`: the negated side's operand is still an operand.
    const sides = [expression.childForFieldName('left'), expression.childForFieldName('right')]
      .map((side) =>
        side?.type === 'unary_expression' && side.child(0)?.text === '!' ? (side.namedChildren.at(-1) ?? null) : side,
      )
      .filter((side): side is SyntaxNode => side !== null);
    // The grammar groups `a = x -o b != y` loosely, so a side may itself be a comparison.
    if (operator === '-a' || operator === '-o' || STRING_OPERATORS.has(operator)) {
      return sides.flatMap((side) =>
        side.type === 'binary_expression' || operator === '-a' || operator === '-o' ? operandsOf(side) : [side],
      );
    }
    return sides.filter((side) => side.type === 'binary_expression').flatMap(operandsOf);
  }
  if (expression.type === 'unary_expression') {
    const operator = expression.childForFieldName('operator')?.text ?? '';
    const operand = expression.namedChildren.at(-1);
    return UNARY_OPERATORS.has(operator) && operand ? [operand] : [];
  }
  if (expression.type === 'parenthesized_expression' || expression.type === 'negated_expression')
    return expression.namedChildren.flatMap((child) => (child ? operandsOf(child) : []));
  return [expression];
}

/** In zsh, what becomes of an unquoted operand: a command substitution is split, a lone parameter vanishes if empty. */
function zshFate(operand: SyntaxNode): 'is split' | 'disappears when empty' | undefined {
  if (operand.type === 'simple_expansion' || operand.type === 'expansion') return 'disappears when empty';
  const parts = operand.type === 'concatenation' ? operand.namedChildren : [operand];
  // Joined with text (`$HOME/.rvm`), a parameter neither vanishes nor splits.
  return parts.some((part) => part?.type === 'command_substitution') ? 'is split' : undefined;
}

/**
 * The operand's whole word in the source: the bash grammar ends `[ $commands[git] ]`'s operand at the subscript's `]`
 * (read as the end of the test), and the message must still show the word the user wrote.
 */
function wholeWord(operand: SyntaxNode, source: string): string {
  const rest = /^[^\s;&|<>()]*/.exec(source.slice(operand.endIndex))?.[0] ?? '';
  return operand.text + rest;
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
    // Off by default: maintainers accepted 2 of 6 on untuned repositories (docs/finding-precision.md).
    enabledByDefault: false,
    equivalents: { shellcheck: 'SC2086' },
    docs: {
      whatItFinds:
        'An unquoted `$var` or `$(...)` as an operand of a string or file test inside `[ ]`: `[ $x = y ]`, ' +
        '`[ -n $x ]`, `[ -f $path ]` (ShellCheck SC2086 in tests). Numeric comparisons, `[[ ]]`, `$#`, `$?`, ' +
        '`${#x}`, `${x+set}` (a plain word or nothing), the number printed by `$(expr ...)`, ' +
        '`$(... | wc -l)` or `$(...; echo $?)`, the variable of ' +
        'a `for` over unquoted words, and variables the script only ever assigns space-free values (literals, ' +
        'numbers, and words joined with such variables, `PIDFILE=/var/run/redis_${PORT}.pid`) are left alone, ' +
        'as the spacefulness analysis of ShellCheck does; so is `[ $x = word ]` alone in its test with a plain ' +
        'word on one side, which fails closed (any split or empty value makes the test false, the right ' +
        'answer), unlike `!=`, `!` and `-a`/`-o`. In zsh files (`.zsh`, `.zsh-theme`, a zsh shebang, `#compdef`), ' +
        'whose parameters are neither split nor globbed unless `SH_WORD_SPLIT` or `GLOB_SUBST` is set, a parameter ' +
        'alone as an operand is reported only where its vanishing when empty changes the test (`[ -n $x ]`, ' +
        '`[ $x != y ]`), not as the lone operand of `[ $commands[git] ]`, where empty and quoted-empty both read ' +
        'as false, nor joined with text (`[ -f $HOME/.rc ]`); command substitutions are still split.',
      whyItMatters:
        'Unquoted, an empty value disappears and a value with spaces or `*` splits into several words: ' +
        '`[ -n $x ]` is true when `x` is empty, and `[ $x = y ]` fails with "unary operator expected".',
      example: {
        bad: 'if [ -n $name ] && [ $mode = fast ]; then',
        good: 'if [ -n "$name" ] && [ "$mode" = fast ]; then',
      },
    },
  },
  create(context) {
    // ShellCheck only warns about variables that may hold spaces:
    // those assigned nothing but space-free values are safe.
    const values = new Map<string, (SyntaxNode | null)[]>();
    const loops = new Map<string, boolean>();
    const tests: SyntaxNode[] = [];
    return {
      variable_assignment(node) {
        const name = node.childForFieldName('name')?.text;
        if (!name) return;
        if (!values.has(name)) values.set(name, []);
        values.get(name)?.push(node.childForFieldName('value'));
      },
      for_statement(node) {
        const name = node.childForFieldName('variable')?.text;
        if (!name) return;
        loops.set(name, (loops.get(name) ?? true) && isSpacelessLoop(node));
        if (!values.has(name)) values.set(name, []);
      },
      test_command(node) {
        if (node.child(0)?.type === '[') tests.push(node);
      },
      exit() {
        const spaceless = spacelessVariables(values, loops);
        const zsh = shellDialect(context.filename, context.source) === 'zsh';
        for (const test of tests) {
          const expressions = test.namedChildren.filter(
            (expression): expression is SyntaxNode => expression !== null && !failsClosed(test, expression),
          );
          for (const operand of expressions.flatMap(operandsOf)) {
            if (!isUnquotedExpansion(operand, spaceless)) continue;
            const fate = zsh ? zshFate(operand) : 'is split and globbed';
            // zsh drops an empty lone operand, leaving `[ ]`: false, as `[ "" ]` is.
            if (!fate || (fate === 'disappears when empty' && expressions.includes(operand))) continue;
            const word = quotedCode(wholeWord(operand, context.source));
            context.report({
              node: operand,
              message: `Unquoted \`${word}\` in a \`[ ]\` test ${fate}.`,
              help: `Quote it: \`"${word}"\`${zsh ? '' : ', or use `[[ ]]` in bash'}.`,
            });
          }
        }
      },
    };
  },
};
