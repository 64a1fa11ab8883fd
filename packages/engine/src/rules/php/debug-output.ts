import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';
import { enclosingFunction } from './support/enclosing-function.js';
import { functionName } from './support/local-taint.js';

/** Dumpers that print unless their second argument asks for the string instead. */
const RETURNABLE = new Set(['print_r', 'var_export']);
const ALWAYS_PRINTS = new Set(['var_dump', 'debug_zval_dump', 'debug_print_backtrace', 'dd']);

function returnsInstead(call: SyntaxNode): boolean {
  const second = call.childForFieldName('arguments')?.namedChildren.filter((child) => child?.type === 'argument')[1];
  return second !== undefined && second?.text.toLowerCase() !== 'false';
}

/** A switch or option that asks for debug output, or for the dump itself (`--var-dump`, `$options['dump']`). */
const ASKS_FOR_OUTPUT = /debug|verbose|dump/i;

/** The condition under which the branch holding `child` runs: an `if` or `elseif` condition, a `case` value. */
function branchCondition(child: SyntaxNode, branch: SyntaxNode): SyntaxNode | null {
  if (branch.type === 'if_statement' && branch.childForFieldName('body')?.id === child.id)
    return branch.childForFieldName('condition');
  if (branch.type === 'else_if_clause') return branch.childForFieldName('condition');
  if (branch.type === 'case_statement') return branch.childForFieldName('value');
  return null;
}

/** Output behind `if ($this->debug)`, `if ($verbose)` or `elseif ('var-dump' === $operation)` is a feature. */
function isBehindDebugSwitch(node: SyntaxNode): boolean {
  for (let current = node; current.parent; current = current.parent) {
    if (ASKS_FOR_OUTPUT.test(branchCondition(current, current.parent)?.text ?? '')) return true;
  }
  return false;
}

/** `ob_start(); var_dump($x); return ob_get_clean();`: the dump is captured as a string, not printed. */
function isCaptured(node: SyntaxNode, fn: SyntaxNode): boolean {
  const calls = fn.descendantsOfType('function_call_expression').filter((call) => call !== null);
  const started = calls.some((call) => functionName(call) === 'ob_start' && call.endIndex <= node.startIndex);
  return (
    started &&
    calls.some(
      (call) => /^ob_get_(?:clean|contents|flush)$/.test(functionName(call)) && call.startIndex >= node.endIndex,
    )
  );
}

/** A function whose name says it dumps (`dump($var)`, `dumpVariable`) is a dumper by design, not a leftover. */
const isDumper = (fn: SyntaxNode) => /dump/i.test(fn.childForFieldName('name')?.text ?? '');

export const rule: Rule = {
  meta: {
    id: 'php/debug-output',
    equivalents: {
      phpcs: ['Generic.PHP.ForbiddenFunctions', 'Squiz.PHP.DiscouragedFunctions', 'WordPress.PHP.DevelopmentFunctions'],
    },
    tool: 'plumb',
    language: 'php',
    category: 'Best_Practice',
    severity: 'low',
    labels: ['coding-style'],
    remediationMinutes: 2,
    // Off by default: maintainers accepted none of 4 on untuned repositories (CLI scripts, print helpers).
    enabledByDefault: false,
    docs: {
      whatItFinds:
        "Debug dumps left in the code: `var_dump`, `debug_zval_dump`, `debug_print_backtrace`, Laravel's `dd`, " +
        'and `print_r`/`var_export` without `true` as second argument, unless in a branch (`if`, `elseif`, ' +
        "`case`) on a debug or verbose switch or on an option asking for the dump (`elseif ('var-dump' === " +
        '$operation)`) (PHPCS Generic.PHP.ForbiddenFunctions, Squiz.PHP.DiscouragedFunctions). Left alone too: ' +
        'a dump captured into a string (`ob_start()` before it and `ob_get_clean()` after it in the same ' +
        'function), and a dump inside a function whose name says it dumps (`function dump($var)`).',
      whyItMatters:
        'Dumps print internals (and sometimes secrets) into the page or the ' +
        'API response, and break any output format such as JSON or headers.',
      example: {
        bad: 'var_dump($order);\nreturn $order->total();',
        good: "$logger->debug('order', ['order' => $order]);\nreturn $order->total();",
      },
    },
  },
  create(context) {
    return {
      function_call_expression(node) {
        const callee = node.childForFieldName('function');
        const name = callee?.type === 'name' ? callee.text.toLowerCase() : '';
        if (!ALWAYS_PRINTS.has(name) && !(RETURNABLE.has(name) && !returnsInstead(node))) return;
        const fn = enclosingFunction(node);
        if (isBehindDebugSwitch(node) || (fn && (isCaptured(node, fn) || isDumper(fn)))) return;
        context.report({
          node,
          message: `Debug output \`${name}()\` left in the code.`,
          help: 'Remove it, or log the value through a logger at debug level.',
        });
      },
    };
  },
};
