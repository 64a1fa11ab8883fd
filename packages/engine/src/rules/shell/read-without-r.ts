import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';
import { shellDialect } from '../../languages/shell-dialect.js';

/** `read` options that take a value: the word after them is not a variable (except `-a`'s, which is the array). */
const OPTIONS_WITH_VALUE = /[dinNptu]$/;
/**
 * Where a name is read without a `$`: arithmetic, `[[ ]]` operands, `let`, `eval`, namerefs and `${!x}` indirection.
 */
const BARE_NAME_CONTEXTS = /\(\(|\[\[|\blet\s|\beval\b|\$\{!|\b(?:declare|local|typeset)\s+-\w*n/;

/** The variables a `read` assigns: its operands and `-a`'s array, or `REPLY` when it names none. */
function readVariables(node: SyntaxNode): string[] {
  const names: string[] = [];
  let value: 'skip' | 'array' | undefined;
  for (const arg of node.childrenForFieldName('argument')) {
    if (!arg) continue;
    if (value) {
      if (value === 'array') names.push(arg.text);
      value = undefined;
    } else if (arg.type === 'word' && /^-[a-zA-Z]+$/.test(arg.text)) {
      value = arg.text.endsWith('a') ? 'array' : OPTIONS_WITH_VALUE.test(arg.text) ? 'skip' : undefined;
    } else if (arg.type === 'word' && /^[A-Za-z_]\w*$/.test(arg.text)) names.push(arg.text);
  }
  return names.length > 0 ? names : ['REPLY'];
}

/** Whether the script ever reads `name` outside this `read`; `_` is the conventional discard. */
function isUsed(name: string, node: SyntaxNode, source: string): boolean {
  if (name === '_') return false;
  const rest = source.replace(node.text, '');
  if (new RegExp(`\\$\\{?[#!]?${name}(?![\\w])`).test(rest)) return true;
  // Where a bare name can be evaluated, any other mention of it counts as a use.
  return BARE_NAME_CONTEXTS.test(rest) && new RegExp(`(?<![\\w$])${name}(?![\\w])`).test(rest);
}

/**
 * zsh's `read -c`/`-l` (the words or line being completed), `-z` (the editor's buffer stack), `-q` (a y/n answer)
 * and `-k` (single keys) read no input line, so there is no backslash escape for `-r` to turn off.
 */
const ZSH_NO_LINE_OPTIONS = /^-[a-zA-Z]*[clzqk]/;

export const rule: Rule = {
  meta: {
    id: 'shell/read-without-r',
    tool: 'plumb',
    language: 'shell',
    category: 'Error_Prone',
    severity: 'low',
    labels: ['bug'],
    remediationMinutes: 1,
    // Off by default: maintainers accepted 4 of 9 on untuned repositories (docs/finding-precision.md).
    enabledByDefault: false,
    equivalents: { shellcheck: 'SC2162' },
    docs: {
      whatItFinds:
        '`read` into a variable without `-r` (ShellCheck SC2162); a bare `read` that only waits for Enter is ' +
        'left alone, and so is one whose variables the script never expands (`read -p "Press Enter" _`, or ' +
        '`read answer` with no `$answer` anywhere). In zsh files, `read -c`, `-l`, `-z`, `-q` and `-k` read ' +
        "completion words, the buffer stack or single keys rather than an input line, and are left alone; zsh's " +
        'plain `read` escapes backslashes as bash does and is still reported.',
      whyItMatters:
        'Without `-r`, `read` treats backslashes as escapes: a Windows path or a line ending in `\\` comes ' +
        'back mangled or joined with the next line.',
      example: {
        bad: 'while read line; do\n  echo "$line"\ndone < files.txt',
        good: 'while IFS= read -r line; do\n  echo "$line"\ndone < files.txt',
      },
    },
  },
  create(context) {
    const zsh = shellDialect(context.filename, context.source) === 'zsh';
    return {
      command(node) {
        if (node.childForFieldName('name')?.text !== 'read') return;
        const options = node
          .childrenForFieldName('argument')
          .filter((arg) => arg?.type === 'word' && /^-[a-zA-Z]+$/.test(arg.text));
        if (options.some((option) => option?.text.includes('r'))) return;
        if (zsh && options.some((option) => option && ZSH_NO_LINE_OPTIONS.test(option.text))) return;
        // A bare `read` only waits for a line or tests that one exists: what it does to backslashes is never seen.
        if (node.childrenForFieldName('argument').every((arg) => arg?.type === 'word' && arg.text.startsWith('-')))
          return;
        // Nor can backslashes matter in a value the script never reads (`read -p "Press Enter" _`).
        if (!readVariables(node).some((name) => isUsed(name, node, context.source))) return;
        context.report({
          node,
          message: '`read` without `-r` mangles backslashes.',
          help: 'Use `read -r` (and `IFS= read -r` to keep leading spaces).',
        });
      },
    };
  },
};
