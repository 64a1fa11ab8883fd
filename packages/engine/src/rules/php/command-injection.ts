import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Functions that hand their first argument to `/bin/sh`. */
const SHELL_FUNCTIONS = new Set(['exec', 'shell_exec', 'system', 'passthru', 'popen', 'proc_open']);
/** Calls whose result cannot carry shell syntax. */
const SANITIZERS = new Set([
  'escapeshellarg',
  'escapeshellcmd',
  'intval',
  'floatval',
  'count',
  'strlen',
  'getmypid',
  'time',
]);
const SAFE_CASTS = /^\(\s*(?:int|integer|float|double|bool|boolean)\s*\)/i;

function functionName(call: SyntaxNode): string {
  const callee = call.childForFieldName('function');
  const name = callee?.type === 'qualified_name' ? callee.namedChildren.at(-1) : callee;
  return name?.type === 'name' ? name.text.toLowerCase() : '';
}

/** Whether a piece of a command string can carry shell syntax from outside. */
function isDynamic(node: SyntaxNode): boolean {
  switch (node.type) {
    case 'string':
    case 'string_content':
    case 'escape_sequence':
    case 'integer':
    case 'float':
    case 'name':
    case 'qualified_name':
    case 'class_constant_access_expression':
    case 'heredoc_start':
    case 'heredoc_end':
    case 'nowdoc_string':
    case 'comment':
      return false;
    case 'function_call_expression':
      return !SANITIZERS.has(functionName(node));
    case 'cast_expression':
      return !SAFE_CASTS.test(node.text);
    case 'variable_name':
    case 'member_access_expression':
    case 'subscript_expression':
    case 'scoped_property_access_expression':
    case 'member_call_expression':
    case 'scoped_call_expression':
    case 'nullsafe_member_access_expression':
    case 'nullsafe_member_call_expression':
      return true;
    default:
      return node.namedChildren.some((child) => child !== null && isDynamic(child));
  }
}

/** A command assembled right here, by concatenation or interpolation, from at least one unescaped value. */
function isBuiltUnsafely(command: SyntaxNode): boolean {
  const builtHere =
    command.type === 'encapsed_string' ||
    command.type === 'heredoc' ||
    (command.type === 'binary_expression' && command.childForFieldName('operator')?.type === '.');
  return builtHere && isDynamic(command);
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
        'or `proc_open`, or written in backticks. Constants, integer casts and escaped values are left alone.',
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
    return {
      function_call_expression(node) {
        const name = functionName(node);
        if (!SHELL_FUNCTIONS.has(name)) return;
        const command = node
          .childForFieldName('arguments')
          ?.namedChildren.find((child) => child?.type === 'argument')
          ?.namedChild(0);
        if (!command || !isBuiltUnsafely(command)) return;
        context.report({ node, message: `\`${name}()\` runs a command built from an unescaped value.`, help: HELP });
      },
      shell_command_expression(node) {
        if (!isDynamic(node)) return;
        context.report({ node, message: 'Backtick command interpolates an unescaped value.', help: HELP });
      },
    };
  },
};
