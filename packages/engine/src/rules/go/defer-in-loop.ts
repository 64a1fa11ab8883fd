import type { SyntaxNode } from '../../parse/parser.js';
import { closestAncestor } from '../support/syntax.js';
import type { Rule } from '../types.js';
import { quotedCode } from '../support/quoted-code.js';

const LOOP_OR_FUNCTION = new Set(['for_statement', 'func_literal', 'function_declaration', 'method_declaration']);
// Deferring these in a loop holds the resource until the function returns; other deferred calls
// (restoring a flag after a test, say) are often meant to run at the end.
const RELEASES = /^(?:.*\.)?(?:Close|Unlock|RUnlock|Release|Rollback|Stop|Done|Cancel|cancel|Free)$/;

/**
 * Whether the path through the `defer` always leaves the loop: a `return`, a `break` of this loop, or a labelled
 * `break`/`continue` of this loop or one around it follows it in its own block or in any block around it up to the
 * loop's body, so the loop never goes round again after it.
 */
function leavesLoopAfter(deferStatement: SyntaxNode, loop: SyntaxNode): boolean {
  const body = loop.childForFieldName('body');
  if (!body) return false;
  for (let holder: SyntaxNode | null = deferStatement; holder && !holder.equals(body); holder = holder.parent) {
    const breaksThisLoop = !insideBreakTarget(holder, body);
    for (let next = holder.nextNamedSibling; next; next = next.nextNamedSibling) {
      if (next.type === 'return_statement') return true;
      if (breaksThisLoop && next.type === 'break_statement' && next.namedChildCount === 0) return true;
      if (jumpsOutOf(next, loop)) return true;
    }
  }
  return false;
}

/** Whether a labelled `break L` or `continue L` names this loop (`break` only) or a loop around it. */
function jumpsOutOf(statement: SyntaxNode, loop: SyntaxNode): boolean {
  if (statement.type !== 'break_statement' && statement.type !== 'continue_statement') return false;
  const label = statement.namedChildren.find((child) => child?.type === 'label_name')?.text;
  if (!label) return false;
  for (let current: SyntaxNode | null = loop; current; current = current.parent) {
    if (current.type !== 'labeled_statement') continue;
    if (current.childForFieldName('label')?.text !== label) continue;
    const labelsThisLoop = loop.parent?.equals(current) ?? false;
    return statement.type === 'break_statement' || !labelsThisLoop;
  }
  return false;
}

/** Whether a `switch`, `select` or inner loop between `node` and the loop's body takes a plain `break` there. */
function insideBreakTarget(node: SyntaxNode, body: SyntaxNode): boolean {
  for (let current = node.parent; current && !current.equals(body); current = current.parent)
    if (BREAK_TARGETS.has(current.type)) return true;
  return false;
}

/** Statements a plain `break` inside them leaves, rather than the loop around them. */
const BREAK_TARGETS = new Set([
  'expression_switch_statement',
  'type_switch_statement',
  'select_statement',
  'for_statement',
]);

/**
 * Whether the deferred release is of something the function means to hold until it returns: an element of what the
 * loop ranges over (`for _, s := range old { defer s.Close() }` opens nothing, it closes each at the end), or a value
 * the loop keeps past its iteration (`blocks = append(blocks, b)`, `open[name] = b`).
 */
function heldOnPurpose(callee: string, loop: SyntaxNode): boolean {
  const receiver = /^([A-Za-z_]\w*)\.\w+$/.exec(callee)?.[1];
  if (!receiver) return false;
  const range = loop.namedChildren.find((child) => child?.type === 'range_clause');
  const rangeVariables = range?.childForFieldName('left')?.namedChildren.map((name) => name?.text) ?? [];
  if (rangeVariables.includes(receiver)) return true;
  const body = loop.childForFieldName('body')?.text ?? '';
  const appended = new RegExp(`\\bappend\\([^()]*\\b${receiver}\\s*\\)`);
  const stored = new RegExp(`[\\w\\]]\\s*=\\s*${receiver}\\s*$`, 'm');
  return appended.test(body) || stored.test(body);
}

/**
 * Whether the loop body also makes the same call itself after the `defer` (`defer rr.Close()` … `_ = rr.Close()`):
 * each iteration releases what it opened, and the deferred call only covers the early returns (goreleaser's zip copy).
 */
function releasedEachIteration(callee: string, deferStatement: SyntaxNode, loop: SyntaxNode): boolean {
  const body = loop.childForFieldName('body');
  if (!body) return false;
  const after = body.text.slice(deferStatement.endIndex - body.startIndex);
  const escaped = callee.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w.])${escaped}\\(\\s*\\)`).test(after);
}

function deferredCallee(statement: SyntaxNode): string | undefined {
  const call = statement.namedChildren.find((child) => child?.type === 'call_expression');
  return call?.childForFieldName('function')?.text;
}

export const rule: Rule = {
  meta: {
    id: 'go/defer-in-loop',
    equivalents: { golangci: ['revive', 'gocritic'] },
    tool: 'plumb',
    language: 'go',
    category: 'Error_Prone',
    severity: 'moderate',
    // A test's deferred Close runs when the test (or subtest) returns: nothing piles up in a running service.
    appliesToTests: false,
    labels: ['bug', 'performance'],
    remediationMinutes: 15,
    // Right in 6 of 14 findings judged on untuned repositories (docs/finding-precision.md): a loop whose defers are
    // meant to last (connections kept past the loop, one timeout for several tries) looks the same without types.
    // Neither revive's `defer` nor gocritic's `deferInLoop` is on in golangci-lint's default set either.
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'A `defer` that releases a resource (`Close`, `Unlock`, `Rollback`, ' +
        '`cancel`...) directly inside a `for` loop, not wrapped in a function literal, ' +
        'in a loop that goes round again after it (revive defer, gocritic deferInLoop); main code only, as a ' +
        "test's deferred calls run when the test returns. Releases of what the function holds on purpose until " +
        'it returns are left alone: the elements of what the loop ranges over (`for _, l := range old { defer ' +
        'l.Close() }`), and a value the loop keeps past its iteration (`blocks = append(blocks, b)`); so is a ' +
        '`defer` whose call the loop body also makes itself after it (`defer r.Close()` … `_ = r.Close()`).',
      whyItMatters:
        'Deferred calls run when the function returns, not at the end of each iteration: files, locks and ' +
        'connections opened in the loop stay held until then and pile up.',
      example: {
        bad: 'for _, name := range names {\n\tf, _ := os.Open(name)\n\tdefer f.Close()\n\tprocess(f)\n}',
        good:
          'for _, name := range names {\n\tfunc() {\n\t\tf, _ := os.Open(name)\n' +
          '\t\tdefer f.Close()\n\t\tprocess(f)\n\t}()\n}',
      },
    },
  },
  create(context) {
    return {
      defer_statement(node) {
        const loop = closestAncestor(node, LOOP_OR_FUNCTION);
        if (loop?.type !== 'for_statement' || leavesLoopAfter(node, loop)) return;
        const callee = deferredCallee(node);
        if (!callee || !RELEASES.test(callee) || heldOnPurpose(callee, loop)) return;
        if (releasedEachIteration(callee, node, loop)) return;
        context.report({
          node,
          message:
            `\`defer ${quotedCode(callee)}()\` inside a loop runs only when the function returns, ` +
            'not after each iteration.',
          help:
            'Move the loop body into a function (or a func literal called ' +
            'in the loop) so each deferred call runs per iteration.',
        });
      },
    };
  },
};
