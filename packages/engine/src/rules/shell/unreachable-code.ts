import type { SyntaxNode } from '../../parse/parser.js';
import { namedChildrenOf } from '../support/syntax.js';
import { unreachableCodeRule } from '../support/unreachable-code-rule.js';

const JUMPS = new Set(['exit', 'return', 'break', 'continue']);
/** Comments and function definitions are not commands that run in order. */
const NOT_COMMANDS = new Set(['comment', 'function_definition', 'heredoc_body', 'elif_clause', 'else_clause']);

/** Words that close or continue a compound command; parsed as a command's name, the grammar lost the structure. */
const RESERVED_WORDS = new Set(['fi', 'then', 'else', 'elif', 'do', 'done', 'esac', '}', '{']);

const isReservedWordCommand = (node: SyntaxNode) =>
  node.type === 'command' && RESERVED_WORDS.has(node.childForFieldName('name')?.text ?? '');

/**
 * The commands of a list, up to any text the grammar cannot read: after an `exit` that is usually a payload
 * (self-extracting archives), and after a command with a syntax error inside (zsh's `(N)` glob qualifier or
 * `${(f)…}` flags) the grammar may have closed an `if` or a function early. None when a `fi` or `}` shows up as a
 * command: the `return` before it was inside the `if` or function the grammar lost.
 */
/** zsh ends a block right after a word (`{ …; return 1 }`), where bash's grammar reads the `}` as an argument. */
const closesBlockInArgument = (command: SyntaxNode) =>
  command.type === 'command' && command.childrenForFieldName('argument').some((argument) => argument?.text === '}');

function commandsOf(list: SyntaxNode): SyntaxNode[] {
  const conditions = list.childrenForFieldName('condition');
  const commands: SyntaxNode[] = [];
  for (const child of namedChildrenOf(list)) {
    if (NOT_COMMANDS.has(child.type) || conditions.some((condition) => condition?.equals(child))) continue;
    if (child.type === 'ERROR' || child.hasError) break;
    if (isReservedWordCommand(child) || closesBlockInArgument(child)) return [];
    commands.push(child);
  }
  return commands;
}

export const rule = unreachableCodeRule({
  id: 'shell/unreachable-code',
  equivalents: { shellcheck: 'SC2317' },
  language: 'shell',
  /** Bodies whose commands run one after another; `if_statement` holds its `then` commands directly. */
  statementLists: [
    'program',
    'compound_statement',
    'do_group',
    'subshell',
    'if_statement',
    'elif_clause',
    'else_clause',
    'case_item',
  ],
  statementsOf: commandsOf,
  leaves: (command) => command.type === 'command' && JUMPS.has(command.childForFieldName('name')?.text ?? ''),
  message: () => 'Unreachable code: the command before it always leaves this block.',
  help: 'Remove it, or move the `exit`/`return` after it or under a condition.',
  docs: {
    whatItFinds:
      'A command after an unconditional `exit`, `return`, `break` or `continue` in the same block (ShellCheck ' +
      'SC2317, restricted to straight-line code). A jump inside an `if`, `case` or loop leaves only that branch. ' +
      'Blocks the grammar could not read whole are not judged: after a command with a syntax error, or where ' +
      'a `fi`, `done` or `}` was read as a command (zsh syntax such as `(N)` glob qualifiers) or as the last ' +
      "argument of one (zsh's `{ …; return 1 }`).",
    whyItMatters:
      'Code that can never run is either dead weight or a bug: usually ' +
      'the `exit` was meant to be inside an `if` or after a `||`.',
    example: {
      bad: 'if [ -z "$1" ]; then\n  exit 1\n  echo "usage: $0 FILE"\nfi',
      good: 'if [ -z "$1" ]; then\n  echo "usage: $0 FILE" >&2\n  exit 1\nfi',
    },
  },
});
