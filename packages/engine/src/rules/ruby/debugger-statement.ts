import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';
import { assignedValues, scopeOf } from './support/script-location.js';

/** `binding.pry` and friends: the REPLs that stop a process until someone types at them. */
const BINDING_DEBUGGERS = new Set(['pry', 'irb', 'remote_pry', 'pry_remote', 'break', 'b', 'console']);
/** Debugger entry points called as bare methods. */
const BARE_DEBUGGERS = new Set(['byebug', 'debugger', 'remote_byebug']);

/**
 * Whether `binding` here is a local variable (assigned, or a parameter of the method or a block around it) rather
 * than `Kernel#binding`: a program starting a REPL on a binding it was given, as RuboCop's Lint/Debugger reads it.
 */
function isLocalBinding(receiver: SyntaxNode): boolean {
  const scope = scopeOf(receiver);
  const assigned = scope ? assignedValues(scope, 'binding') : [];
  if (assigned === undefined || assigned.length > 0) return true;
  for (let node = receiver.parent; node && node !== scope?.parent; node = node.parent) {
    const parameters = node.childForFieldName('parameters');
    if (parameters?.descendantsOfType('identifier').some((parameter) => parameter?.text === 'binding')) return true;
  }
  return false;
}

function isDebuggerCall(call: SyntaxNode): boolean {
  const method = call.childForFieldName('method')?.text ?? '';
  const receiver = call.childForFieldName('receiver');
  if (receiver === null) return BARE_DEBUGGERS.has(method);
  return receiver.text === 'binding' && BINDING_DEBUGGERS.has(method) && !isLocalBinding(receiver);
}

const MESSAGE = 'Debugger breakpoint left in the code.';
const HELP = 'Remove the breakpoint before committing.';

export const rule: Rule = {
  meta: {
    id: 'ruby/debugger-statement',
    tool: 'plumb',
    language: 'ruby',
    category: 'Error_Prone',
    severity: 'high',
    labels: ['bug'],
    remediationMinutes: 2,
    equivalents: { rubocop: 'Lint/Debugger' },
    docs: {
      whatItFinds:
        'Breakpoints left in the code: `binding.pry`, `binding.irb`, `binding.break`, `byebug`, `debugger`, ' +
        '`remote_byebug` (RuboCop Lint/Debugger). A `binding` that is a local variable or a parameter (a ' +
        "REPL started on purpose on a binding the code was given, as Pry's own helpers do) is left alone.",
      whyItMatters: 'A breakpoint that reaches production stops the process waiting for a console nobody is watching.',
      example: {
        bad: 'def total\n  binding.pry\n  items.sum(&:price)\nend',
        good: 'def total\n  items.sum(&:price)\nend',
      },
    },
  },
  create(context) {
    return {
      call(node) {
        if (isDebuggerCall(node)) context.report({ node, message: MESSAGE, help: HELP });
      },
      identifier(node) {
        // A bare `byebug` parses as an identifier; only one standing as a statement is a call.
        if (!BARE_DEBUGGERS.has(node.text)) return;
        const parentType = node.parent?.type;
        if (
          parentType === 'call' ||
          parentType === 'assignment' ||
          parentType === 'method' ||
          parentType === 'method_parameters'
        )
          return;
        context.report({ node, message: MESSAGE, help: HELP });
      },
    };
  },
};
