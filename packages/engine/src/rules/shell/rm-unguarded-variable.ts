import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

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

function isRecursive(args: readonly SyntaxNode[]): boolean {
  return args.some((arg) => arg.type === 'word' && (/^-[a-zA-Z]*[rR]/.test(arg.text) || arg.text === '--recursive'));
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
    docs: {
      whatItFinds: '`rm -r` of a path that starts with a variable followed by `/`, such as `"$dir/"*` or `$PREFIX/lib`, with no `${var:?}` guard (ShellCheck SC2115).',
      whyItMatters: 'If the variable is empty or unset the path becomes `/...`: `rm -rf "$dir/"*` with an empty `dir` deletes the whole file system.',
      example: { bad: 'rm -rf "$build_dir/"*', good: 'rm -rf "${build_dir:?}/"*' },
    },
  },
  create(context) {
    return {
      command(node) {
        if (node.childForFieldName('name')?.text !== 'rm') return;
        const args = node.childrenForFieldName('argument').filter((arg): arg is SyntaxNode => arg !== null);
        if (!isRecursive(args)) return;
        for (const arg of args) {
          const [first, second] = partsOf(arg);
          if (!isBareVariable(first) || !second?.text.startsWith('/')) continue;
          context.report({ node: arg, message: `\`rm -r ${arg.text}\` deletes from / if the variable is empty.`, help: 'Guard the variable: `"${var:?}/..."` stops the script when it is empty or unset.' });
        }
      },
    };
  },
};
