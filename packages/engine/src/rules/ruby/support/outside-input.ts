import type { SyntaxNode } from '../../../parse/parser.js';
import type { SinkInputs } from '../../support/security-hotspot.js';
import { assignedValues, scopeOf } from './script-location.js';

/** Where text from outside the program is read: a web request's data, and the user running the program. */
export type InputOrigin = 'request' | 'user';

/** Rails and Rack request data: `params[:q]`, `cookies[:id]`, `request.body`, `request.env`. */
const REQUEST = /(?<![\w@$.:])(params|cookies|request)(?:\b(?!\.)|\.\w+)/g;
/** What the person running the program gives it: arguments, the environment, standard input. */
const USER = /(?<![\w@$.:])(?:ARGV|ARGF|ENV|STDIN|\$stdin|gets)\b/;
/** Methods that iterate or map over a collection: their block's parameter is an element of it. */
const ITERATORS = /^(?:each|each_with_index|map|flat_map|select|filter|reject|find|detect|each_line|each_pair)$/;

/**
 * Where the text `node` may carry demonstrably comes from outside, within its method: the request or the user
 * (`ARGV`, `ENV`, standard input), read directly, through local variables assigned from it, or as the parameter of
 * a block over it (`ARGV.each do |file|`); `undefined` when nothing shows it does. A method parameter, an instance
 * variable or another method's result is not input by itself.
 */
export function outsideOrigin(node: SyntaxNode, seen: ReadonlySet<string> = new Set()): InputOrigin | undefined {
  // A method's own `params` argument (a command's options) or local `request` is not the web request's.
  const requestNames = [...node.text.matchAll(REQUEST)].map((match) => match[1] ?? '');
  if (requestNames.some((name) => !isLocalName(node, name))) return 'request';
  if (USER.test(node.text)) return 'user';
  const names = [node, ...node.descendantsOfType('identifier')].filter(
    (identifier): identifier is SyntaxNode => identifier?.type === 'identifier' && !seen.has(identifier.text),
  );
  for (const identifier of names) {
    const inner = new Set([...seen, identifier.text]);
    const origin = blockSourceOrigin(identifier, inner) ?? assignedOrigin(identifier, inner);
    if (origin) return origin;
  }
  return undefined;
}

/** Whether `name` is a local variable where `node` is: assigned in its scope, or a parameter of a method or block. */
function isLocalName(node: SyntaxNode, name: string): boolean {
  const scope = scopeOf(node);
  const assigned = scope ? assignedValues(scope, name) : [];
  if (assigned === undefined || assigned.length > 0) return true;
  for (let current = node.parent; current; current = current.parent) {
    const parameters = current.childForFieldName('parameters')?.descendantsOfType('identifier') ?? [];
    if (parameters.some((parameter) => parameter?.text === name)) return true;
    if (current.type === 'method' || current.type === 'singleton_method') return false;
  }
  return false;
}

function assignedOrigin(identifier: SyntaxNode, seen: ReadonlySet<string>): InputOrigin | undefined {
  const scope = scopeOf(identifier);
  for (const value of (scope && assignedValues(scope, identifier.text)) ?? []) {
    const origin = outsideOrigin(value, seen);
    if (origin) return origin;
  }
  return undefined;
}

/** `ARGV.each do |file|`: a block parameter named `identifier` over a collection read from outside. */
function blockSourceOrigin(identifier: SyntaxNode, seen: ReadonlySet<string>): InputOrigin | undefined {
  for (let node = identifier.parent; node; node = node.parent) {
    if (node.type !== 'block' && node.type !== 'do_block') continue;
    const parameters = node.childForFieldName('parameters')?.descendantsOfType('identifier') ?? [];
    if (!parameters.some((parameter) => parameter?.text === identifier.text)) continue;
    const call = node.parent;
    const receiver = call?.childForFieldName('receiver');
    if (!receiver || !ITERATORS.test(call?.childForFieldName('method')?.text ?? '')) return undefined;
    return outsideOrigin(receiver, seen);
  }
  return undefined;
}

/** The docs sentence of a Ruby sink rule that reports only outside input; empty for its hotspot twin. */
export function outsideInputSentence(inputs: SinkInputs): string {
  if (inputs === 'any') return '';
  return (
    ' Reported only when the value demonstrably comes from outside within the method: request data (`params`, ' +
    '`cookies`, `request.*`), or the user running the program (`ARGV`, `ENV`, standard input, `gets`), read ' +
    'directly, through local variables or as the parameter of a block over it; a method parameter, an ' +
    "instance variable or another method's result is not input by itself. The user's own value may still " +
    'name the program to run (`` `#{ENV["PAGER"]} file` ``).'
  );
}
