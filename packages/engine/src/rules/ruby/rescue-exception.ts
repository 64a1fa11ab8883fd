import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** A bare `raise` (or `raise e`) in the handler passes the exception on, which is the one honest use. */
function reraises(rescue: SyntaxNode): boolean {
  const body = rescue.childForFieldName('body');
  if (!body) return false;
  const calls = [...body.descendantsOfType('call'), ...body.descendantsOfType('identifier')];
  return calls.some((node) => node !== null && (node.type === 'identifier' ? node.text === 'raise' && node.parent?.type !== 'call' : node.childForFieldName('method')?.text === 'raise' && !node.childForFieldName('receiver')));
}

export const rule: Rule = {
  meta: {
    id: 'ruby/rescue-exception',
    tool: 'plumb',
    language: 'ruby',
    category: 'Error_Prone',
    severity: 'high',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 5,
    docs: {
      whatItFinds: '`rescue Exception` whose handler does not re-raise (RuboCop Lint/RescueException).',
      whyItMatters: '`Exception` includes `Interrupt`, `SignalException`, `SystemExit` and `NoMemoryError`: rescuing it swallows Ctrl-C, `exit` and kill signals along with real errors.',
      example: {
        bad: 'begin\n  sync\nrescue Exception => e\n  log(e)\nend',
        good: 'begin\n  sync\nrescue StandardError => e\n  log(e)\nend',
      },
    },
  },
  create(context) {
    return {
      rescue(node) {
        if (!node.isNamed) return;
        const classes = node.childForFieldName('exceptions')?.namedChildren ?? [];
        if (!classes.some((name) => name?.text === 'Exception' || name?.text === '::Exception')) return;
        if (reraises(node)) return;
        context.report({ node, message: '`rescue Exception` also catches interrupts, `exit` and signals.', help: 'Rescue `StandardError` (or the specific errors you expect), or re-raise after handling.' });
      },
    };
  },
};
