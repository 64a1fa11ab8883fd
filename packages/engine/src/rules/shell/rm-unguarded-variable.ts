import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';
import { quotedCode } from '../support/quoted-code.js';

/** Variables the shell always sets to a non-empty directory. */
const ALWAYS_SET = new Set(['HOME', 'PWD']);

/** The pieces of a word, with quotes opened: `"$dir/"*` is `$dir`, `/`, `*`. */
function partsOf(word: SyntaxNode): SyntaxNode[] {
  if (word.type === 'concatenation') return word.namedChildren.flatMap((child) => (child ? partsOf(child) : []));
  if (word.type === 'string') return word.namedChildren.filter((child): child is SyntaxNode => child !== null);
  return [word];
}

/** `$dir` or `${dir}` with no `:?`, `:-` or other operator that guards against an empty value. */
function isBareVariable(node: SyntaxNode | undefined): boolean {
  if (node?.type !== 'simple_expansion' && node?.type !== 'expansion') return false;
  const variable = node.namedChildren.find((child) => child?.type === 'variable_name');
  if (!variable || ALWAYS_SET.has(variable.text)) return false;
  // `${dir}` is exactly three tokens; an operator such as `:?` or `:-` adds more.
  return node.type === 'simple_expansion' || node.childCount === 3;
}

/**
 * System directories whose loss breaks the machine; ShellCheck SC2115 warns only when the path can become one of them.
 */
const SYSTEM_DIRECTORIES = [
  '',
  '/bin',
  '/boot',
  '/dev',
  '/etc',
  '/home',
  '/lib',
  '/opt',
  '/proc',
  '/root',
  '/sbin',
  '/sys',
  '/tmp',
  '/usr',
  '/var',
];
const DANGEROUS_PATHS = new Set(
  SYSTEM_DIRECTORIES.flatMap((directory) => ['', '/', '/*', '/*/*'].map((suffix) => directory + suffix)).filter(
    Boolean,
  ),
);

/** The text a part leaves in the path once every expansion is empty: `"/"` is `/`, `$sub` is nothing. */
function literalText(part: SyntaxNode): string {
  if (part.type === 'string' || part.type === 'concatenation')
    return part.namedChildren.map((child) => (child ? literalText(child) : '')).join('');
  if (part.type === 'raw_string') return part.text.slice(1, -1);
  if (part.type === 'word' || part.type === 'string_content') return part.text;
  // `${v:?}` stops the script and `${v:-x}` falls back to `x`: neither leaves the path empty.
  if (part.type === 'expansion' && /^\$\{\w+(?::?\?|:-[^}]+\})/.test(part.text)) return 'x';
  return '';
}

/** `a/{x,y}` as `a/x` and `a/y`, one brace group at a time. */
function expandBraces(path: string): string[] {
  const group = /\{([^{}]*,[^{}]*)\}/.exec(path);
  if (!group) return [path];
  return group[1]!
    .split(',')
    .flatMap((choice) => expandBraces(path.slice(0, group.index) + choice + path.slice(group.index + group[0].length)));
}

/** Whether the path, with its variables empty, names `/`, `/*` or a system directory such as `/usr/lib`. */
function canBecomeDangerous(rest: string): boolean {
  return expandBraces(rest).some((path) => DANGEROUS_PATHS.has(path.replace(/\/+/g, '/').replace(/(.)\/$/, '$1')));
}

/** The variable's name in `$dir` or `${dir}`. */
function variableName(node: SyntaxNode): string | undefined {
  return node.namedChildren.find((child) => child?.type === 'variable_name')?.text;
}

/** A value with literal text of its own, `"$1"/api/`, is never empty whatever its variables hold. */
function isNeverEmpty(value: SyntaxNode | null): boolean {
  return value !== null && literalText(value) !== '';
}

function isRecursive(args: readonly SyntaxNode[]): boolean {
  return args.some((arg) => arg.type === 'word' && (/^-[a-zA-Z]*[rR]/.test(arg.text) || arg.text === '--recursive'));
}

/**
 * Whether a line before `row` stops the script when `name` is empty: `[ -z "$v" ] && exit`, `[ -n "$v" ] || exit`
 * (also with `[[ ]]`, `test`, or `return`), or `: "${v:?}"`.
 */
function isGuardedBefore(source: string, name: string, row: number): boolean {
  const operand = `"?\\$\\{?${name}\\}?"?`;
  const test = (flag: string) => `(?:\\[\\[?|test)\\s+-${flag}\\s+${operand}\\s*(?:\\]\\]?)?`;
  const guard = new RegExp(
    `^\\s*(?:${test('z')}\\s*&&|${test('n')}\\s*\\|\\|)\\s*(?:exit|return)\\b|^\\s*:\\s+"?\\$\\{${name}:?\\?`,
  );
  return source.split('\n', row).some((line) => guard.test(line));
}

export const rule: Rule = {
  meta: {
    id: 'shell/rm-unguarded-variable',
    tool: 'plumb',
    language: 'shell',
    category: 'Error_Prone',
    severity: 'critical',
    labels: ['bug', 'security'],
    remediationMinutes: 2,
    equivalents: { shellcheck: 'SC2115' },
    docs: {
      whatItFinds:
        '`rm -r` of a path that starts with a variable followed by `/` and becomes `/`, `/*` or a system ' +
        'directory when the variable is empty, such as `"$dir/"*` or `$PREFIX/lib`, with no `${var:?}` guard ' +
        '(ShellCheck SC2115). `"$dir/build"` is left alone (an empty `dir` names a `/build` that does not ' +
        'exist), and so is a variable every assignment in the script gives literal text, or one checked before ' +
        'the `rm` by a line that exits when it is empty (`[ -z "$dir" ] && exit 1`, `[ -n "$dir" ] || exit`, ' +
        '`: "${dir:?}"`).',
      whyItMatters:
        'If the variable is empty or unset the path becomes `/...`: ' +
        '`rm -rf "$dir/"*` with an empty `dir` deletes the whole file system.',
      example: { bad: 'rm -rf "$build_dir/"*', good: 'rm -rf "${build_dir:?}/"*' },
    },
  },
  create(context) {
    const neverEmpty = new Map<string, boolean>();
    const candidates: { arg: SyntaxNode; variable: string | undefined }[] = [];
    return {
      variable_assignment(node) {
        const name = node.childForFieldName('name')?.text;
        if (name) neverEmpty.set(name, (neverEmpty.get(name) ?? true) && isNeverEmpty(node.childForFieldName('value')));
      },
      command(node) {
        if (node.childForFieldName('name')?.text !== 'rm') return;
        const args = node.childrenForFieldName('argument').filter((arg): arg is SyntaxNode => arg !== null);
        if (!isRecursive(args)) return;
        for (const arg of args) {
          const [first, second, ...others] = partsOf(arg);
          if (!first || !isBareVariable(first) || !second?.text.startsWith('/')) continue;
          if (!canBecomeDangerous([second, ...others].map(literalText).join(''))) continue;
          candidates.push({ arg, variable: variableName(first) });
        }
      },
      exit() {
        for (const { arg, variable } of candidates) {
          if (variable !== undefined && neverEmpty.get(variable) === true) continue;
          if (variable !== undefined && isGuardedBefore(context.source, variable, arg.startPosition.row)) continue;
          context.report({
            node: arg,
            message: `\`rm -r ${quotedCode(arg.text)}\` deletes from / if the variable is empty.`,
            help: 'Guard the variable: `"${var:?}/..."` stops the script when it is empty or unset.',
          });
        }
      },
    };
  },
};
