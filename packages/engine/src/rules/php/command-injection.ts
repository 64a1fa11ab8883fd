import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';
import { functionName, LocalTaint } from './support/local-taint.js';

/** Functions that hand their first argument to `/bin/sh`. */
const SHELL_FUNCTIONS = new Set(['exec', 'shell_exec', 'system', 'passthru', 'popen', 'proc_open']);
/** A command assembled right here, by concatenation or interpolation, from at least one unescaped value. */
function isBuiltUnsafely(command: SyntaxNode, taint: LocalTaint): boolean {
  const builtHere =
    command.type === 'encapsed_string' ||
    command.type === 'heredoc' ||
    (command.type === 'binary_expression' && command.childForFieldName('operator')?.type === '.');
  return builtHere && !taint.isClean(command);
}

const HELP =
  'Wrap every value in `escapeshellarg()`, or run the program without a shell (`proc_open` with an argument array).';

export const rule: Rule = {
  meta: {
    id: 'php/command-injection',
    tool: 'plumb',
    language: 'php',
    category: 'Security',
    // A test runs its own commands, with no input from users.
    appliesToTests: false,
    severity: 'critical',
    labels: ['security'],
    remediationMinutes: 30,
    docs: {
      whatItFinds:
        'A shell command built by concatenation or interpolation from a value not passed through ' +
        '`escapeshellarg()`/`escapeshellcmd()`, given to `exec`, `shell_exec`, `system`, `passthru`, `popen` ' +
        'or `proc_open`, or written in backticks. Only values that can carry text from outside count: a local ' +
        "taint view follows the function's assignments, so literals and literal lists, constants (`__DIR__`, " +
        '`PHP_BINARY`), numbers and integer casts, values passed through `escapeshellarg()` (also via a ' +
        "variable assigned from it), the output of a fixed command (`shell_exec('stty -g')`) and a variable " +
        "checked empty or numeric (`if ('' === $x)`, `if (!is_numeric($x)) exit;`) are left alone; parameters, " +
        'superglobals, properties and the results of other calls are input.',
      whyItMatters:
        'The command goes through `/bin/sh`, so a value containing `;`, `|` or `$(...)` runs commands of its ' +
        'own (OWASP A03, command injection).',
      example: {
        bad: 'exec("convert " . $_FILES[\'img\'][\'tmp_name\'] . " out.png");',
        good: 'exec("convert " . escapeshellarg($_FILES[\'img\'][\'tmp_name\']) . " out.png");',
      },
    },
  },
  create(context) {
    const taint = new LocalTaint();
    return {
      function_call_expression(node) {
        const name = functionName(node);
        if (!SHELL_FUNCTIONS.has(name)) return;
        const command = node
          .childForFieldName('arguments')
          ?.namedChildren.find((child) => child?.type === 'argument')
          ?.namedChild(0);
        if (!command || !isBuiltUnsafely(command, taint)) return;
        context.report({ node, message: `\`${name}()\` runs a command built from an unescaped value.`, help: HELP });
      },
      shell_command_expression(node) {
        if (taint.isClean(node)) return;
        context.report({ node, message: 'Backtick command interpolates an unescaped value.', help: HELP });
      },
    };
  },
};
