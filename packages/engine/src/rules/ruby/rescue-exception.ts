import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** A bare `raise` (or `raise e`) in the handler passes the exception on, which is the one honest use. */
function reraises(rescue: SyntaxNode): boolean {
  const body = rescue.childForFieldName('body');
  if (!body) return false;
  const calls = [...body.descendantsOfType('call'), ...body.descendantsOfType('identifier')];
  return calls.some(
    (node) =>
      node !== null &&
      (node.type === 'identifier'
        ? node.text === 'raise' && node.parent?.type !== 'call'
        : node.childForFieldName('method')?.text === 'raise' && !node.childForFieldName('receiver')),
  );
}

/** Calls that only print or log what they are given: handing the exception to one of them still swallows it. */
const OUTPUT_CALL = /^(?:puts|print|p|pp|warn|log|logger|debug|info|error|fatal|write|say)$/;
const OUTPUT_RECEIVER = /(?:^@{0,2}|[.:])(?:logger|log|\$stderr|\$stdout|STDERR|STDOUT)$/i;

/**
 * `handle_exception!(e)`, `@errors << e`, `queue.push(e)`: the handler passes the exception object itself on to code
 * that decides what to do with it (a framework's error handler, another thread), as a request or thread boundary does.
 * Logging or printing it, or reading only its message, does not count.
 */
function passesOn(rescue: SyntaxNode): boolean {
  const name = rescue.childForFieldName('variable')?.namedChildren[0]?.text;
  const body = rescue.childForFieldName('body');
  if (!name || !body) return false;
  return body.descendantsOfType('identifier').some((identifier) => {
    if (identifier?.text !== name) return false;
    const holder = identifier.parent?.type === 'argument_list' ? identifier.parent.parent : identifier.parent;
    if (holder?.type === 'call') {
      const receiver = holder.childForFieldName('receiver')?.text ?? '';
      return (
        holder.childForFieldName('receiver')?.id !== identifier.id &&
        !OUTPUT_CALL.test(holder.childForFieldName('method')?.text ?? '') &&
        !OUTPUT_RECEIVER.test(receiver)
      );
    }
    // `@errors << e`, `@error = e`: kept for code that runs later.
    if (holder?.type === 'binary')
      return (
        holder.childForFieldName('operator')?.text === '<<' &&
        holder.childForFieldName('right')?.id === identifier.id &&
        !OUTPUT_RECEIVER.test(holder.childForFieldName('left')?.text ?? '')
      );
    return (
      holder?.type === 'assignment' &&
      holder.childForFieldName('right')?.id === identifier.id &&
      /^[@$]/.test(holder.childForFieldName('left')?.text ?? '')
    );
  });
}

export const rule: Rule = {
  meta: {
    id: 'ruby/rescue-exception',
    tool: 'plumb',
    language: 'ruby',
    category: 'Error_Prone',
    // A test rescues what it makes the code raise, to assert on it.
    appliesToTests: false,
    severity: 'high',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 5,
    equivalents: { rubocop: 'Lint/RescueException' },
    docs: {
      whatItFinds:
        '`rescue Exception` whose handler neither re-raises nor passes the exception object on (to an error ' +
        'handler, a queue, a variable read later), as a request or thread boundary does; logging it does not ' +
        'count (RuboCop Lint/RescueException, narrowed).',
      whyItMatters:
        '`Exception` includes `Interrupt`, `SignalException`, `SystemExit` and `NoMemoryError`: rescuing it ' +
        'swallows Ctrl-C, `exit` and kill signals along with real errors.',
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
        if (reraises(node) || passesOn(node)) return;
        context.report({
          node,
          message: '`rescue Exception` also catches interrupts, `exit` and signals.',
          help: 'Rescue `StandardError` (or the specific errors you expect), or re-raise after handling.',
        });
      },
    };
  },
};
