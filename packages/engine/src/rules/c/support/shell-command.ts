import type { SyntaxNode } from '../../../parse/parser.js';
import type { Rule, RuleMeta } from '../../types.js';
import { argumentsOf, calleeNameIn, isMacroConstant, isStringLiteral } from './calls.js';
import { holdsNumericCommand } from './numeric-command.js';

const SHELL_RUNNERS = new Set(['system', 'popen', '_popen', '_wsystem']);

/** Where text from outside the program enters a function: its arguments, the environment, a stream or socket read. */
const OUTSIDE_SOURCE =
  /\b(?:argv|(?:secure_)?getenv|_wgetenv|fgets|gets|getline|getdelim|fread|read|recv|recvfrom|scanf|fscanf)\b/;

/** A `system`/`popen` call's runner and command, when the command is built at run time (not a literal or numbers). */
function shellCommandOf(node: SyntaxNode, source: string): { runner: string; command: SyntaxNode } | undefined {
  const runner = calleeNameIn(node, SHELL_RUNNERS, source);
  if (!runner || !SHELL_RUNNERS.has(runner)) return undefined;
  const command = argumentsOf(node)[0];
  // `system(NULL)` only asks whether a shell exists.
  if (!command || isStringLiteral(command) || isMacroConstant(command) || command.type === 'null') return undefined;
  if (command.type === 'identifier' && holdsNumericCommand(command.text, node)) return undefined;
  return { runner, command };
}

function enclosingBody(node: SyntaxNode): SyntaxNode | undefined {
  let current = node.parent;
  while (current && current.type !== 'function_definition') current = current.parent;
  return current?.childForFieldName('body') ?? undefined;
}

/** The variable a statement writes: an assignment's or declaration's name, or a copy or read call's first argument. */
function writtenName(statement: SyntaxNode): string | undefined {
  const text = statement.text;
  const declared = /^(?:[\w\s*]+?[\s*])?([A-Za-z_]\w*)\s*(?:\[[^\]]*\])?\s*=/.exec(text)?.[1];
  if (declared) return declared;
  const call = /^([A-Za-z_]\w*)\s*\(\s*&?([A-Za-z_]\w*)/.exec(text);
  return call && WRITERS.test(call[1] ?? '') ? call[2] : undefined;
}

const WRITERS = /^(?:v?s(?:n)?printf|str(?:n)?(?:cpy|cat)|strl(?:cpy|cat)|memcpy|memmove|fgets|read|recv|getline)$/;

/**
 * Whether the command demonstrably carries text from outside, within the function: it names `argv` or `getenv` itself,
 * or a variable that the function, before the call, fills from such a source or from another such variable.
 */
function carriesOutsideInput(command: SyntaxNode, call: SyntaxNode): boolean {
  if (OUTSIDE_SOURCE.test(command.text)) return true;
  const body = enclosingBody(call);
  if (!body) return false;
  const statements = [...body.descendantsOfType(['expression_statement', 'declaration'])].filter(
    (statement): statement is SyntaxNode => !!statement && statement.endIndex <= call.startIndex,
  );
  const tainted = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const statement of statements) {
      const name = writtenName(statement);
      if (!name || tainted.has(name)) continue;
      const mentions = [...tainted].some((other) => new RegExp(`\\b${other}\\b`).test(statement.text));
      if (OUTSIDE_SOURCE.test(statement.text) || mentions) {
        tainted.add(name);
        grew = true;
      }
    }
  }
  const root = /^[A-Za-z_]\w*/.exec(command.text)?.[0];
  return root !== undefined && tainted.has(root);
}

/**
 * A rule over `system`/`popen` calls of a command built at run time: `c/command-injection` reports those that carry
 * outside input (`outsideInput: true`), `c/shell-command-hotspot` the others.
 */
export function shellCommandRule(
  meta: RuleMeta,
  outsideInput: boolean,
  report: { message: (runner: string) => string; help: string },
): Rule {
  return {
    meta,
    create(context) {
      return {
        call_expression(node) {
          const found = shellCommandOf(node, context.source);
          if (!found || carriesOutsideInput(found.command, node) !== outsideInput) return;
          context.report({ node, message: report.message(found.runner), help: report.help });
        },
      };
    },
  };
}
