import type { SyntaxNode } from '../../parse/parser.js';
import { followedByHandler, isDeliberateCatchName } from '../support/deliberate-catch.js';
import { codeChildrenOf } from '../support/syntax.js';
import type { Rule } from '../types.js';
import { leaves } from './support/control-flow.js';

const SCOPES = new Set(['function_definition', 'method_declaration', 'anonymous_function', 'arrow_function']);
const FLOW = {
  blocks: new Set(['compound_statement', 'colon_block', 'program']),
  loops: new Set(['while_statement', 'do_statement', 'for_statement', 'foreach_statement']),
  functions: new Set([...SCOPES, 'anonymous_function_creation_expression']),
};

/** `try { return f(); } catch (E) {} return null;`: the code after the `try` is the handler. */
function fallsThroughToHandler(clause: SyntaxNode): boolean {
  const tryStatement = clause.parent;
  const last = codeChildrenOf(tryStatement?.childForFieldName('body') ?? clause).at(-1);
  return tryStatement !== null && last !== undefined && leaves(last) && followedByHandler(tryStatement, FLOW);
}

/** `catch (E $error) {}` whose `$error` is read after the catch: reported or rethrown there, not swallowed. */
function isKeptForLater(clause: SyntaxNode, variable: string): boolean {
  let scope = clause.parent;
  while (scope && !SCOPES.has(scope.type) && scope.type !== 'program') scope = scope.parent;
  // The other catches of the same `try` never run after this one, and a later `catch (E $error)` binds the name
  // afresh: reads inside either are not of this exception.
  const rebinding = (scope?.descendantsOfType('catch_clause') ?? []).filter(
    (other): other is SyntaxNode =>
      other !== null &&
      other.id !== clause.id &&
      (other.parent?.id === clause.parent?.id || other.childForFieldName('name')?.text === variable),
  );
  const readsThis = (use: SyntaxNode) =>
    use.text === variable &&
    use.startIndex >= clause.endIndex &&
    !rebinding.some((other) => other.startIndex <= use.startIndex && use.endIndex <= other.endIndex);
  return (scope?.descendantsOfType('variable_name') ?? []).some((use) => use !== null && readsThis(use));
}

export const rule: Rule = {
  meta: {
    id: 'php/empty-catch',
    equivalents: { phpcs: ['Generic.CodeAnalysis.EmptyStatement.DetectedCatch'] },
    tool: 'plumb',
    language: 'php',
    category: 'Error_Prone',
    // In a test an empty catch after fail() is how an expected exception is asserted.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['bug', 'error-handling'],
    remediationMinutes: 10,
    // Off by default: PSR-12 has no such sniff, and maintainers accepted none of 4 on untuned repositories.
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'A `catch` block with nothing in it (PHPCS Generic.CodeAnalysis.EmptyStatement). Left alone as ' +
        'deliberate: a comment inside; a variable named `$ignored`, `$expected` or `$unused…` (PMD ' +
        "EmptyCatchBlock's allowExceptionNameRegex); a `try` that always returns or throws, so the code after it " +
        'is the handler (`try { return parse($v); } catch (E) {} return null;`, or a retry loop); and a caught ' +
        'variable read after the `catch`.',
      whyItMatters:
        'A swallowed exception hides a failure: the program goes on in a broken state and nobody learns why.',
      example: {
        bad: 'try {\n    $mailer->send($m);\n} catch (TransportException $e) {\n}',
        good: `try {
    $mailer->send($m);
} catch (TransportException $e) {
    $logger->warning('mail not sent', ['exception' => $e]);
}`,
      },
    },
  },
  create(context) {
    return {
      catch_clause(node) {
        const body = node.childForFieldName('body');
        if (!body || body.namedChildCount > 0) return;
        const variable = node.childForFieldName('name')?.text;
        if (isDeliberateCatchName(variable) || fallsThroughToHandler(node)) return;
        if (variable !== undefined && isKeptForLater(node, variable)) return;
        context.report({
          node,
          message: 'Empty catch block swallows the exception.',
          help: 'Handle, log or rethrow it, or say in a comment why it is safe to ignore.',
        });
      },
    };
  },
};
