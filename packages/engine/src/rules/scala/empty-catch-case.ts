import type { SyntaxNode } from '../../parse/parser.js';
import { isDeliberateCatchName } from '../support/deliberate-catch.js';
import { callsReflectiveProbe } from '../support/reflective-probes.js';
import type { Rule } from '../types.js';

/** A case with no body, or an empty `{}` block. */
function hasEmptyBody(clause: SyntaxNode): boolean {
  const body = clause.childForFieldName('body');
  return body === null || (body.type === 'block' && body.namedChildCount === 0);
}

/**
 * A comment on the case's own line or right below it documents a deliberate swallow; so does one on the line right
 * above it, or above the run of empty cases it belongs to (`// ignore failure to enqueue` over two such cases).
 */
function isCommented(clause: SyntaxNode): boolean {
  const next = clause.nextNamedSibling;
  const inside = clause.namedChildren.some((child) => child?.type === 'comment');
  if (inside || (next?.type === 'comment' && next.startPosition.row <= clause.endPosition.row + 1)) return true;
  let first = clause;
  while (first.previousNamedSibling?.type === 'case_clause' && hasEmptyBody(first.previousNamedSibling))
    first = first.previousNamedSibling;
  const above = first.previousNamedSibling;
  return above?.type === 'comment' && above.endPosition.row >= first.startPosition.row - 1;
}

export const rule: Rule = {
  meta: {
    id: 'scala/empty-catch-case',
    equivalents: { scapegoat: ['SwallowedException'] },
    tool: 'plumb',
    language: 'scala',
    category: 'Error_Prone',
    // In a test an empty case is how an expected exception is asserted, as in Java.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    // Off by default, as Scapegoat is opt-in: maintainers accepted none of 2 on untuned repositories.
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'A `case` of a `catch` block with an empty body (Scapegoat SwallowedException). A comment beside it, ' +
        'or on the line above it (or above the run of empty cases it is part of), ' +
        'marks the swallow as deliberate and is left alone; so do an explicit `()` and a variable named ' +
        '`ignored`, `expected` or `unused…` (`case ignored: IOException =>`), and an empty case after a `try` ' +
        'that probes for an optional class or method by reflection (`Class.forName`, `getMethod`, `loadClass`...).',
      whyItMatters:
        'A swallowed exception hides a failure: the program goes on in a broken state and nobody learns why.',
      example: {
        bad: 'try save(doc) catch {\n  case e: IOException =>\n}',
        good: 'try save(doc) catch {\n  case e: IOException => log.warn(s"not saved: ${e.getMessage}", e)\n}',
      },
    },
  },
  create(context) {
    return {
      case_clause(node) {
        if (node.parent?.parent?.type !== 'catch_clause' || !hasEmptyBody(node) || isCommented(node)) return;
        // `case ignored: E =>`: the name says the swallow is deliberate (PMD's allowExceptionNameRegex).
        const pattern = node.childForFieldName('pattern');
        const bound = pattern?.type === 'typed_pattern' ? pattern.childForFieldName('pattern') : pattern;
        if (bound?.type === 'identifier' && isDeliberateCatchName(bound.text)) return;
        // `try Class.forName("…") catch { case _: Exception => }`: a probe for an optional class, absent or not.
        const tryBody = node.parent.parent.parent?.childForFieldName('body');
        if (tryBody && callsReflectiveProbe(tryBody.text)) return;
        context.report({
          node,
          message: 'Empty catch case swallows the exception.',
          help: 'Handle, log or rethrow it; if ignoring it is deliberate, write `()` or a comment saying why.',
        });
      },
    };
  },
};
