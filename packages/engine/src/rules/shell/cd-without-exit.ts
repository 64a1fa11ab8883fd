import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const DIRECTORY_COMMANDS = new Set(['cd', 'pushd', 'popd']);
/**
 * `set -e`, `set -euo pipefail`, `set -o errexit`, or `-e` on
 * the shebang line: a failing `cd` already stops the script.
 */
const ERREXIT = /^\s*set\s+(?:[-+]\S*\s+)*(?:-[a-zA-Z]*e[a-zA-Z]*\b|-o\s+errexit\b)|^#!.*\s-[a-zA-Z]*e/m;

/** A Bats test or helper (`$BATS_TEST_DIRNAME`, `$BATS_FILE_TMPDIR`): Bats runs tests and set-ups with `set -e`. */
const BATS = /\$\{?BATS_[A-Z_]+\b/;

/** Whether `child` is the part of `parent` whose exit status is tested (ShellCheck's isCondition). */
function isTestedBy(child: SyntaxNode, parent: SyntaxNode): boolean {
  if (parent.type === 'list') return !parent.lastNamedChild?.equals(child);
  if (parent.type === 'if_statement' || parent.type === 'elif_clause' || parent.type === 'while_statement') {
    return parent.childrenForFieldName('condition').some((condition) => condition?.equals(child));
  }
  return parent.type === 'negated_command';
}

/** `cd "$dir" || cd / || cd /tmp`: the last of a chain of fallback directories, each tried if the one before fails. */
function isFallbackDirectory(command: SyntaxNode): boolean {
  const list = command.parent;
  if (list?.type !== 'list' || !list.lastNamedChild?.equals(command)) return false;
  const operator = command.previousSibling;
  const tried = list.firstNamedChild;
  const triedLast = tried?.type === 'list' ? tried.lastNamedChild : tried;
  return (
    operator?.type === '||' &&
    triedLast?.type === 'command' &&
    DIRECTORY_COMMANDS.has(triedLast.childForFieldName('name')?.text ?? '')
  );
}

/** A word as the shell sees it, quotes dropped: `"$2"` and `$2` name the same directory. */
function unquoted(word: string): string {
  return word.replace(/["']/g, '');
}

/** `if [[ -d "$2" ]]; then cd $2`: the branch runs only when the directory is there. */
function insideDirectoryTest(command: SyntaxNode, target: string): boolean {
  for (let child = command, parent = command.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'function_definition') return false;
    if (parent.type !== 'if_statement' && parent.type !== 'elif_clause') continue;
    const conditions = parent.childrenForFieldName('condition');
    if (conditions.some((condition) => condition?.equals(child))) continue;
    if (child.type === 'elif_clause' || child.type === 'else_clause') continue;
    const tested = conditions.map((condition) => condition?.text ?? '').join(' ');
    if ([...tested.matchAll(/-d\s+(\S+)/g)].some((match) => unquoted(match[1]!) === target)) return true;
  }
  return false;
}

/** The last named child of a node that is not a comment. */
function lastStatement(node: SyntaxNode): SyntaxNode | null {
  for (let child = node.lastNamedChild; child; child = child.previousNamedSibling)
    if (child.type !== 'comment') return child;
  return null;
}

/**
 * A file sourced into an interactive shell (`.functions`, `.bashrc`, `.zprofile`): its functions are commands a user
 * types, who sees a failed `cd` at the prompt, not steps of a script that carries on.
 */
const INTERACTIVE_STARTUP_FILE = /(?:^|\/)(?:\.[\w.-]+|[\w.-]*rc|[\w.-]*profile)$/;

/**
 * Whether nothing runs after the command: it ends the script, or ends a function of an interactive startup file
 * (`mkd() { mkdir -p "$@" && cd "$_"; }`, whose whole job is the `cd`, and whose status goes to the prompt). In a
 * script a function's `cd` is for its caller, who carries on (`check_is_git_project() { …; cd "$top"; }`).
 */
function endsItsBody(command: SyntaxNode, filename: string): boolean {
  let child = command;
  let parent = command.parent;
  while (parent?.type === 'list' && parent.lastNamedChild?.equals(child)) [child, parent] = [parent, parent.parent];
  if (!parent || !lastStatement(parent)?.equals(child)) return false;
  if (parent.type === 'program') return true;
  return (
    parent.type === 'compound_statement' &&
    parent.parent?.type === 'function_definition' &&
    INTERACTIVE_STARTUP_FILE.test(filename)
  );
}

function isChecked(command: SyntaxNode): boolean {
  if (isFallbackDirectory(command)) return true;
  for (let child = command, parent = command.parent; parent; child = parent, parent = parent.parent) {
    if (isTestedBy(child, parent)) return true;
    if (parent.type === 'function_definition') return false;
  }
  return false;
}

export const rule: Rule = {
  meta: {
    id: 'shell/cd-without-exit',
    tool: 'plumb',
    language: 'shell',
    category: 'Error_Prone',
    // A test's failed `cd` fails the test, or runs its steps in a scratch directory; nothing ships with it.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 2,
    equivalents: { shellcheck: 'SC2164' },
    docs: {
      whatItFinds:
        '`cd`, `pushd` or `popd` whose failure is not handled, in a script without `set -e`; `cd ..` and a ' +
        '`cd` tested by `if`, `&&` or `||` are left alone (ShellCheck SC2164), and so is the last of a chain of ' +
        'fallback directories (`cd "$dir" || cd / || cd /tmp`), a `cd` in the branch of an `if [ -d "$dir" ]` on ' +
        'the same directory, a `cd` that ends the script or ends a function of a file sourced into an ' +
        'interactive shell (`.functions`, `.bashrc`: nothing runs after it, and the prompt gets its status), ' +
        'and test code (Bats helpers, which run under its errexit, included).',
      whyItMatters:
        'If the directory is missing the script carries on where it was, and the commands meant for that ' +
        'directory (often `rm`) run somewhere else.',
      example: { bad: 'cd "$build_dir"\nrm -rf ./*', good: 'cd "$build_dir" || exit 1\nrm -rf ./*' },
    },
  },
  create(context) {
    if (ERREXIT.test(context.source) || BATS.test(context.source)) return {};
    return {
      command(node) {
        const name = node.childForFieldName('name')?.text ?? '';
        if (!DIRECTORY_COMMANDS.has(name)) return;
        const args = node.childrenForFieldName('argument').map((arg) => arg?.text);
        if ((name === 'cd' && args.length === 1 && args[0] === '..') || args.includes('-n') || isChecked(node)) return;
        if (endsItsBody(node, context.filename)) return;
        if (args.length === 1 && insideDirectoryTest(node, unquoted(args[0] ?? ''))) return;
        context.report({
          node,
          message: `\`${name}\` can fail and the script would go on in the wrong directory.`,
          help: `Use \`${name} ... || exit\` (or \`|| return\` in a function).`,
        });
      },
    };
  },
};
