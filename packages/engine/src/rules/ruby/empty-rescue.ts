import type { SyntaxNode } from '../../parse/parser.js';
import { followedByHandler } from '../support/deliberate-catch.js';
import type { Rule } from '../types.js';

/** Errors that mean "nothing left to do": the stream ended, the process or file is already gone, no data yet. */
const ENDING_ERRORS = new Set([
  'EOFError',
  'StopIteration',
  'Errno::ESRCH',
  'Errno::ECHILD',
  'Errno::ENOENT',
  'Errno::EEXIST',
  'Errno::EPIPE',
  'Errno::EAGAIN',
  'Errno::EWOULDBLOCK',
  'IO::WaitReadable',
  'IO::WaitWritable',
  'IO::EAGAINWaitReadable',
  // Ctrl-C: the user asked the program to stop, and ending quietly is what they asked for.
  'Interrupt',
]);

/**
 * `def f ... rescue URI::InvalidURIError end`: the method returns
 * nil for that one named error, the method-level `x rescue nil`.
 */
function isMethodReturningNil(rescue: SyntaxNode, names: readonly string[]): boolean {
  const method = rescue.parent?.parent;
  if (method?.type !== 'method' && method?.type !== 'singleton_method') return false;
  if (rescue.childForFieldName('variable') || rescue.nextNamedSibling) return false;
  return (
    names.length > 0 &&
    names.every((name) => name !== 'StandardError' && name !== 'Exception' && name !== '::Exception')
  );
}

/** A `close` call, possibly behind a modifier (`f.close if f`). */
function isClose(statement: SyntaxNode): boolean {
  const call = /_modifier$/.test(statement.type) ? statement.childForFieldName('body') : statement;
  return call?.type === 'call' && /^close!?$/.test(call.childForFieldName('method')?.text ?? '');
}

/** `begin f.close if f; rescue IOError; end`: closing quietly, the stream's own failure to close let go. */
function closesQuietly(rescue: SyntaxNode): boolean {
  const statements: SyntaxNode[] = [];
  for (let sibling = rescue.previousNamedSibling; sibling; sibling = sibling.previousNamedSibling)
    if (sibling.type !== 'comment') statements.push(sibling);
  return statements.length > 0 && statements.every(isClose);
}

const FLOW = {
  blocks: new Set(['body_statement', 'then', 'else', 'begin', 'block_body', 'do']),
  loops: new Set(['while', 'until', 'for']),
  functions: new Set(['method', 'singleton_method', 'lambda', 'block', 'do_block', 'program']),
};

/** A statement after which the `begin` cannot go on: `raise`, `fail`, `return`, `next`, `break`, `retry`. */
function leaves(statement: SyntaxNode | undefined): boolean {
  if (!statement) return false;
  if (['return', 'next', 'break', 'retry'].includes(statement.type)) return true;
  const method = statement.type === 'call' ? statement.childForFieldName('method') : statement;
  return (
    method?.type === 'identifier' && ['raise', 'fail'].includes(method.text) && !statement.childForFieldName('receiver')
  );
}

/**
 * `begin; raise ServerError, parse(body); rescue JSON::ParserError; end; raise Unexpected`: the `begin` never
 * completes, so the code after it runs only when the error was rescued, and is its handler.
 */
function fallsThroughToHandler(rescue: SyntaxNode): boolean {
  const begin = rescue.parent;
  if (begin?.type !== 'begin') return false;
  const statements = begin.namedChildren.filter(
    (child): child is SyntaxNode => child !== null && child.type !== 'comment' && child.endIndex <= rescue.startIndex,
  );
  return leaves(statements.at(-1)) && followedByHandler(begin, FLOW);
}

export const rule: Rule = {
  meta: {
    id: 'ruby/empty-rescue',
    tool: 'plumb',
    language: 'ruby',
    category: 'Error_Prone',
    // In a test an empty rescue after flunk is how an expected exception is asserted.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    equivalents: { rubocop: 'Lint/SuppressedException' },
    docs: {
      whatItFinds:
        'A `rescue` clause with an empty body (RuboCop Lint/SuppressedException). A comment inside or on ' +
        'the line right above it, or an explicit ' +
        '`nil` marks the swallow as deliberate and is left alone, and so does a lone `rescue LoadError`, the ' +
        'optional-dependency idiom. Errors that only say there is nothing left to do (`EOFError`, ' +
        '`Errno::ESRCH`, `Errno::ENOENT`, `IO::WaitReadable`..., and `Interrupt`, Ctrl-C) and a method-level ' +
        '`rescue SomeError` with no ' +
        'variable, the method returning nil for that one error, are left alone too, and so is a `begin` that ' +
        'only closes something (`f.close if f`): closing quietly; and a `begin` that always raises or returns ' +
        'with code after it, which runs only when the error was rescued and is its handler.',
      whyItMatters:
        'A swallowed exception hides a failure: the program goes on in a broken state and nobody learns why.',
      example: {
        bad: 'begin\n  save!\nrescue ActiveRecord::RecordInvalid\nend',
        good: 'begin\n  save!\nrescue ActiveRecord::RecordInvalid => e\n  logger.warn("not saved: #{e.message}")\nend',
      },
    },
  },
  create(context) {
    return {
      rescue(node) {
        // The `rescue` keyword token shares the clause's type name.
        if (!node.isNamed || node.childForFieldName('body')) return;
        // `begin require 'x' rescue LoadError end` is how Ruby loads an optional dependency.
        const names = (node.childForFieldName('exceptions')?.namedChildren ?? []).map(
          (name) => name?.text.replace(/^::/, '') ?? '',
        );
        if (names.length > 0 && names.every((name) => name === 'LoadError')) return;
        if (names.length > 0 && names.every((name) => ENDING_ERRORS.has(name))) return;
        if (isMethodReturningNil(node, names) || closesQuietly(node) || fallsThroughToHandler(node)) return;
        // A comment right inside the clause documents the swallow (RuboCop's AllowComments).
        const next = node.nextSibling;
        if (next?.type === 'comment' && next.startPosition.row > node.startPosition.row) return;
        if (node.namedChildren.some((child) => child?.type === 'comment')) return;
        // ... or right above it, as the last line of the code it ends (`# normal` before `rescue Interrupt`).
        const previous = node.previousSibling;
        if (previous?.type === 'comment' && previous.endPosition.row === node.startPosition.row - 1) return;
        context.report({
          node,
          message: 'Empty `rescue` swallows the exception.',
          help: 'Handle or log the error, re-raise it, or say in a comment why it is safe to ignore.',
        });
      },
    };
  },
};
