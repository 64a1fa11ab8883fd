import type { SyntaxNode } from '../../parse/parser.js';
import type { SinkInputs } from '../support/security-hotspot.js';
import type { Rule } from '../types.js';
import { functionName, LocalTaint } from './support/local-taint.js';

/** Functions that hand their first argument to `/bin/sh`. */
const SHELL_FUNCTIONS = new Set(['exec', 'shell_exec', 'system', 'passthru', 'popen', 'proc_open']);
/**
 * A command assembled right here, by concatenation or interpolation, from at least one unescaped value; or, for
 * outside input, one that carries such input at all (`system($_GET['cmd'])`).
 */
function isBuiltUnsafely(command: SyntaxNode, taint: LocalTaint, inputs: SinkInputs): boolean {
  if (inputs === 'outside') return !taint.isClean(command);
  const builtHere =
    command.type === 'encapsed_string' ||
    command.type === 'heredoc' ||
    (command.type === 'binary_expression' && command.childForFieldName('operator')?.type === '.');
  return builtHere && !taint.isClean(command);
}

const HELP =
  'Wrap every value in `escapeshellarg()`, or run the program without a shell (`proc_open` with an argument array).';

/** The rule for values from outside (`outside`), or its opt-in hotspot twin for any value (`any`). */
export const commandInjection = (inputs: SinkInputs): Rule => ({
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
        'A shell command given to `exec`, `shell_exec`, `system`, `passthru`, `popen` or `proc_open`, or ' +
        'written in backticks, that carries a value not passed through `escapeshellarg()`/`escapeshellcmd()`. ' +
        "A local taint view follows the function's assignments: literals and literal lists, constants " +
        '(`__DIR__`, `PHP_BINARY`), numbers and integer casts, values passed through `escapeshellarg()` (also ' +
        'via a variable assigned from it), and a variable checked empty, numeric or against a clean list ' +
        "(`if ('' === $x)`, `if (!is_numeric($x)) exit;`, `in_array($x, $allowed, true)`) are left alone. " +
        (inputs === 'outside'
          ? 'Only text that demonstrably comes from outside within the function counts: superglobals ' +
            '(`$_GET`, `$_POST`, `$_SERVER`, `$argv`...), `getenv()`, `filter_input()`, `php://input` and ' +
            "standard input, a request object (`$request->input('q')`), and what is computed from them; a " +
            'parameter, a property or the output of another command is not input by itself.'
          : "Parameters, superglobals, properties and the results of other calls (but a fixed command's " +
            "output, `shell_exec('stty -g')`) are input, for a command built by concatenation or interpolation."),
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
    const taint = new LocalTaint(inputs);
    return {
      function_call_expression(node) {
        const name = functionName(node);
        if (!SHELL_FUNCTIONS.has(name)) return;
        const command = node
          .childForFieldName('arguments')
          ?.namedChildren.find((child) => child?.type === 'argument')
          ?.namedChild(0);
        if (!command || !isBuiltUnsafely(command, taint, inputs)) return;
        context.report({ node, message: `\`${name}()\` runs a command built from an unescaped value.`, help: HELP });
      },
      shell_command_expression(node) {
        if (taint.isClean(node)) return;
        context.report({ node, message: 'Backtick command interpolates an unescaped value.', help: HELP });
      },
    };
  },
});

export const rule = commandInjection('outside');
