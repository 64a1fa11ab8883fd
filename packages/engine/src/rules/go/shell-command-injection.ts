import type { SyntaxNode } from '../../parse/parser.js';
import { namedChildrenOf } from '../support/syntax.js';
import type { Rule } from '../types.js';

const SHELLS = new Set([
  'sh',
  'bash',
  'zsh',
  'ksh',
  'dash',
  '/bin/sh',
  '/bin/bash',
  '/usr/bin/bash',
  '/bin/zsh',
  'cmd',
  'cmd.exe',
  'powershell',
  'pwsh',
]);
const SCRIPT_FLAGS = new Set(['-c', '/c', '/C', '-Command', '-command']);
const STRING_LITERALS = new Set(['interpreted_string_literal', 'raw_string_literal']);

/** The text of a Go string literal, or undefined when the node is not a literal. */
function literalText(node: SyntaxNode | undefined): string | undefined {
  if (!node || !STRING_LITERALS.has(node.type)) return undefined;
  return node.text.slice(1, -1);
}

export const rule: Rule = {
  meta: {
    id: 'go/shell-command-injection',
    equivalents: { golangci: ['gosec'] },
    tool: 'plumb',
    language: 'go',
    category: 'Security',
    // A test runs its own commands, with no input from users.
    appliesToTests: false,
    severity: 'critical',
    labels: ['security'],
    remediationMinutes: 30,
    docs: {
      whatItFinds:
        '`exec.Command` (or `exec.CommandContext`) running a shell with `-c` and a script that is not a ' +
        'constant string (gosec G204, CWE-78).',
      whyItMatters:
        'The script is parsed by the shell: any value spliced into it that an attacker can influence can add ' +
        'commands of its own (`; rm -rf ~`).',
      example: {
        bad: 'exec.Command("sh", "-c", "convert "+upload+" out.png")',
        good: 'exec.Command("convert", upload, "out.png")',
      },
    },
  },
  create(context) {
    return {
      call_expression(node) {
        const callee = node.childForFieldName('function')?.text;
        if (callee !== 'exec.Command' && callee !== 'exec.CommandContext') return;
        const args = namedChildrenOf(node.childForFieldName('arguments') ?? node).slice(
          callee === 'exec.CommandContext' ? 1 : 0,
        );
        const [program, flag, script] = args;
        if (!SHELLS.has(literalText(program) ?? '') || !SCRIPT_FLAGS.has(literalText(flag) ?? '')) return;
        if (!script || literalText(script) !== undefined) return;
        context.report({
          node,
          message: `Shell script built at run time is passed to \`${literalText(program)} ${literalText(flag)}\`.`,
          help:
            'Run the program directly with separate arguments (`exec.Command(name, arg1, arg2)`), or pass values ' +
            'as positional parameters ("$1") instead of splicing them into the script.',
        });
      },
    };
  },
};
