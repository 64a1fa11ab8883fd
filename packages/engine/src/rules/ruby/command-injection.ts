import type { SyntaxNode } from '../../parse/parser.js';
import { isRubyTestFile } from '../support/files.js';
import type { SinkInputs } from '../support/security-hotspot.js';
import { outsideInputSentence, outsideOrigin } from './support/outside-input.js';
import { isValidatedByRegexGuard } from './support/regex-guard.js';
import { assignedValues, isScriptLocation, scopeOf } from './support/script-location.js';
import type { Rule } from '../types.js';

/** Methods that hand a single string to `/bin/sh`, with the receivers they are called on. */
const SHELL_METHODS = new Map<string, readonly string[]>([
  ['system', ['', 'Kernel']],
  ['exec', ['', 'Kernel', 'Process']],
  ['spawn', ['', 'Kernel', 'Process']],
  ['popen', ['IO']],
  ['popen2', ['Open3']],
  ['popen2e', ['Open3']],
  ['popen3', ['Open3']],
  ['capture2', ['Open3']],
  ['capture2e', ['Open3']],
  ['capture3', ['Open3']],
]);

const ESCAPED_OR_NUMBER =
  /(?:shellescape|shelljoin|Shellwords\.(?:escape|join)|\.(?:to_i|to_f|pid|size|length|count))$/;

/**
 * A value that cannot carry shell syntax: a constant, a number, an escaped value, a literal without interpolation,
 * the script's own location, or a local variable every assignment of which in its scope is one of these
 * (`escaped = path.shellescape`, `out = "/tmp/coverage.info"`).
 */
function isSafeValue(value: SyntaxNode, seen: ReadonlySet<string> = new Set()): boolean {
  if (value.type === 'constant' || value.type === 'scope_resolution' || value.type === 'integer') return true;
  if (value.type === 'string' && !value.namedChildren.some((child) => child?.type === 'interpolation')) return true;
  if (/^(?:\$\$|Process\.p?pid)$/.test(value.text) || ESCAPED_OR_NUMBER.test(value.text)) return true;
  if (isScriptLocation(value)) return true;
  if (value.type !== 'identifier' || seen.has(value.text)) return false;
  const scope = scopeOf(value);
  const values = scope && assignedValues(scope, value.text);
  const inner = new Set([...seen, value.text]);
  return !!values && values.length > 0 && values.every((assigned) => isSafeValue(assigned, inner));
}

/** Interpolations that cannot carry shell syntax, or whose value an allow-list regex has checked. */
function isSafeInterpolation(interpolation: SyntaxNode): boolean {
  const inner = interpolation.namedChildren.filter((child) => child?.type !== 'comment');
  if (inner.length !== 1 || !inner[0]) return false;
  return isSafeValue(inner[0]) || isValidatedByRegexGuard(inner[0]);
}

/** Leading `VAR=value` assignments, then an optional quote: what may come before the program word. */
const BEFORE_PROGRAM = /^\s*(?:[A-Za-z_]\w*=(?:'[^']*'|"[^"]*"|[^\s'"]*)\s+)*["']?[^\s'";|&<>()]*$/;

/**
 * `` `#{cargo} install --list` ``, `` `#{command}` ``: a value that is the program to run (or the whole command
 * line, built elsewhere) chooses what runs, as the path of any executable does; the shell adds nothing to that.
 */
function isProgramWord(literal: SyntaxNode, interpolation: SyntaxNode): boolean {
  const before = literal.namedChildren
    .filter((child) => child !== null && child.endIndex <= interpolation.startIndex)
    .map((child) => child?.text ?? '')
    .join('');
  return BEFORE_PROGRAM.test(before);
}

/**
 * Whether an interpolation could put shell syntax into the command: for `outside`, only text from outside (the
 * user's own, such as `$PAGER`, may still choose the program word); for `any`, any value not shown to be safe.
 */
function isUnsafeInterpolation(literal: SyntaxNode, interpolation: SyntaxNode, inputs: SinkInputs): boolean {
  if (isSafeInterpolation(interpolation)) return false;
  if (inputs === 'any') return !isProgramWord(literal, interpolation);
  const origin = outsideOrigin(interpolation);
  return origin === 'request' || (origin === 'user' && !isProgramWord(literal, interpolation));
}

/** Whether a string or backtick literal interpolates something that could hold shell syntax. */
function interpolatesUnsafely(literal: SyntaxNode, inputs: SinkInputs): boolean {
  return literal.namedChildren.some(
    (child) => child?.type === 'interpolation' && isUnsafeInterpolation(literal, child, inputs),
  );
}

function isShellCall(call: SyntaxNode): boolean {
  const receivers = SHELL_METHODS.get(call.childForFieldName('method')?.text ?? '');
  const receiver = call.childForFieldName('receiver')?.text.replace(/^::/, '') ?? '';
  return receivers?.includes(receiver) ?? false;
}

const HELP =
  'Pass the command and each argument separately ' +
  '(`system("git", "log", ref)`), or escape values with `Shellwords.escape`.';

/** The rule for outside input (`outside`), or its opt-in hotspot twin for any value (`any`). */
export const commandInjection = (inputs: SinkInputs): Rule => ({
  meta: {
    id: 'ruby/command-injection',
    tool: 'plumb',
    language: 'ruby',
    category: 'Security',
    // A test runs its own commands, with no input from users.
    appliesToTests: false,
    severity: 'critical',
    labels: ['security'],
    remediationMinutes: 30,
    docs: {
      whatItFinds:
        'A shell command built by string interpolation: backticks or `%x()` with `#{}`, or `system`, ' +
        '`exec`, `spawn`, `IO.popen` and `Open3` given one interpolated string. A value that is the program ' +
        'word (`` `#{git} status` ``, after `VAR=x` assignments) or the whole command line is left alone: it ' +
        'chooses what runs, which the shell does not widen. Constants, numbers (`Process.ppid`, ' +
        "`to_i`, `pid`, `size`), `shellescape`d values and the script's own location (`__dir__`, " +
        "`File.dirname(__FILE__)`, `File.expand_path('..', __dir__)`, a path joined from them and " +
        'literals), a local variable assigned only such values in its scope (`escaped = path.shellescape`, a ' +
        'literal), and a local variable ' +
        'that a guard has checked against an allow-list regex before the command ' +
        '(`next if v !~ /\\A[\\w.-]+\\z/`, `return unless v.match?(...)`: anchored at both ends, `^` and ' +
        '`$` only for a line read by `each_line` or `foreach`, matching no character the shell treats ' +
        'specially, and not changed after the guard) are left alone, and so are test and spec files.' +
        outsideInputSentence(inputs),
      whyItMatters:
        'A single command string goes through `/bin/sh`, so a value containing `;`, `|` or `$(...)` runs ' +
        'commands of its own (Brakeman: Command Injection).',
      example: {
        bad: 'system("tar xzf #{params[:file]}")',
        good: 'system("tar", "xzf", params[:file])',
      },
    },
  },
  create(context) {
    if (isRubyTestFile(context.filename)) return {};
    return {
      subshell(node) {
        if (!interpolatesUnsafely(node, inputs)) return;
        context.report({ node, message: 'Backtick command interpolates a value into a shell string.', help: HELP });
      },
      call(node) {
        if (!isShellCall(node)) return;
        const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter(
          (arg) => arg?.type !== 'hash' && arg?.type !== 'pair',
        );
        // Two or more arguments are passed to the program directly, with no shell in between.
        if (args.length !== 1 || args[0]?.type !== 'string' || !interpolatesUnsafely(args[0], inputs)) return;
        context.report({
          node,
          message: `\`${node.childForFieldName('method')?.text ?? ''}\` runs an interpolated string through the shell.`,
          help: HELP,
        });
      },
    };
  },
});

export const rule = commandInjection('outside');
