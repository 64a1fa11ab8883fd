import type { SyntaxNode } from '../../../parse/parser.js';
import { argumentsOf, calleeName, literalText } from './calls.js';

/** A format whose conversions all print numbers (`%d`, `%lu`, `%x`, `%%`...): no text of the caller's gets in. */
const NUMERIC_FORMAT = /^(?:[^%]|%%|%[-+ #0]*\d*(?:\.\d+)?(?:hh|h|ll|l|j|z|t|L)?[diouxXfFeEgG])*$/;
const FORMATTERS = new Map([
  ['sprintf', 1],
  ['snprintf', 2],
]);

/** The function definition around a node, or undefined at file level. */
function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  let current = node.parent;
  while (current && current.type !== 'function_definition') current = current.parent;
  return current ?? undefined;
}

/**
 * Whether the buffer named `name` holds only text made of a literal and numbers in the function around `use`: every
 * write to it is `snprintf(name, size, "kill -%d %ld", sig, pid)` with such a format, and nothing else assigns it.
 */
export function holdsNumericCommand(name: string, use: SyntaxNode): boolean {
  const body = enclosingFunction(use)?.childForFieldName('body');
  if (!body) return false;
  let formatted = false;
  for (const call of body.descendantsOfType('call_expression')) {
    if (!call || call.equals(use)) continue;
    const args = argumentsOf(call);
    if (args[0]?.text !== name) continue;
    const formatIndex = FORMATTERS.get(calleeName(call) ?? '');
    const format = formatIndex === undefined ? undefined : literalText(args[formatIndex]);
    if (format === undefined || !NUMERIC_FORMAT.test(format)) return false;
    formatted = true;
  }
  const assigned = body
    .descendantsOfType('assignment_expression')
    .some((assignment) => assignment?.childForFieldName('left')?.text.startsWith(name));
  return formatted && !assigned;
}
