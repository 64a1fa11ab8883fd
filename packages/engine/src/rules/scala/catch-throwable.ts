import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** `case _: Throwable`, `case t: Throwable`, or a bare `case _` / `case e` binding, which matches every throwable. */
function catchesEverything(pattern: SyntaxNode | null): boolean {
  if (!pattern) return false;
  if (pattern.type === 'wildcard') return true;
  if (pattern.type === 'identifier') return /^[a-z_]/.test(pattern.text);
  if (pattern.type !== 'typed_pattern') return false;
  return /^(?:_root_\.)?(?:java\.lang\.)?Throwable$/.test(pattern.childForFieldName('type')?.text ?? '');
}

/**
 * A handler that throws passes the problem on, which is the one honest use; so does one that attaches it to the
 * exception already on its way out (`case e2: Throwable => e.addSuppressed(e2)`, as try-with-resources does).
 */
function rethrows(clause: SyntaxNode): boolean {
  // This grammar splits a multi-statement body into several `body` fields and an ERROR, so read the text.
  return /\bthrow\b|\.addSuppressed\(/.test(clause.text);
}

/** `case t: Throwable => // Throwable, because ...`, or a comment on the line above: the catch-all is deliberate. */
function isExplained(clause: SyntaxNode, source: string): boolean {
  const lineEnd = source.indexOf('\n', clause.startIndex);
  if (/=>\s*(?:\/\/|\/\*)/.test(source.slice(clause.startIndex, lineEnd === -1 ? undefined : lineEnd))) return true;
  const above = clause.previousNamedSibling;
  return above?.type === 'comment' && above.endPosition.row === clause.startPosition.row - 1;
}

export const rule: Rule = {
  meta: {
    id: 'scala/catch-throwable',
    equivalents: { scapegoat: ['CatchThrowable'] },
    tool: 'plumb',
    language: 'scala',
    category: 'Error_Prone',
    // A test catches what it makes the code throw, to assert on it.
    appliesToTests: false,
    severity: 'high',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 5,
    // Off by default, as Scapegoat is opt-in: maintainers accepted 4 of 10 on untuned repositories.
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'A `catch` case that matches every `Throwable` (`case _: Throwable`, `case e: Throwable`, `case _ =>`, ' +
        '`case e =>`) without rethrowing (Scapegoat CatchThrowable). Left alone: a case that rethrows or adds ' +
        'the throwable to one on its way out (`e.addSuppressed(t)`), and one a comment explains, after its ' +
        '`=>` or on the line above it.',
      whyItMatters:
        'It also catches fatal errors (`OutOfMemoryError`, `StackOverflowError`), ' +
        '`InterruptedException` and the control throwables Scala uses for `break` and ' +
        'non-local `return`, so the program limps on in a state it cannot recover from.',
      example: {
        bad: 'try parse(s) catch {\n  case e: Throwable => default\n}',
        good: 'try parse(s) catch {\n  case NonFatal(e) => default\n}',
      },
    },
  },
  create(context) {
    return {
      case_clause(node) {
        if (node.parent?.parent?.type !== 'catch_clause' || node.namedChildren.some((child) => child?.type === 'guard'))
          return;
        if (!catchesEverything(node.childForFieldName('pattern')) || rethrows(node)) return;
        if (isExplained(node, context.source)) return;
        context.report({
          node,
          message: 'This catch case matches every `Throwable`, fatal errors and interrupts included.',
          help: 'Match `NonFatal(e)` or the specific exceptions you expect.',
        });
      },
    };
  },
};
