import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Reads of a variable, element or property: `@` there hides an undefined name or key instead of checking for it. */
const SILENCED_READS = new Set([
  'variable_name',
  'subscript_expression',
  'member_access_expression',
  'scoped_property_access_expression',
  'nullsafe_member_access_expression',
]);

/**
 * What `@` is silencing, or undefined when it guards a call or an `include` (the I/O idiom: `@unlink($f)` with its
 * result checked, `(array) @include $optionalFile`, a cache file that may not exist yet).
 */
function silencedRead(operand: SyntaxNode | null): SyntaxNode | undefined {
  return operand && SILENCED_READS.has(operand.type) ? operand : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'php/error-suppression',
    equivalents: { phpcs: ['Generic.PHP.NoSilencedErrors', 'WordPress.PHP.NoSilencedErrors'] },
    tool: 'plumb',
    language: 'php',
    category: 'Error_Prone',
    // A test silences the notice it provokes on purpose, to check what the code does without it.
    appliesToTests: false,
    severity: 'low',
    labels: ['error-handling'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'The `@` operator on a variable, array element or property (PHPCS ' +
        "Generic.PHP.NoSilencedErrors, narrowed): `@$_GET['id']`, `@$row['name']`. `@` before a function " +
        'call or an `include`, the common guard on I/O whose result is checked or whose file is optional, is ' +
        'left alone.',
      whyItMatters:
        'Silencing a read hides the undefined variable or missing key instead of handling it: the code goes on ' +
        'with `null` and the real mistake (a typo, a missing field) never shows up in the logs.',
      example: {
        bad: "$id = @$_GET['id'];",
        good: "$id = $_GET['id'] ?? null;",
      },
    },
  },
  create(context) {
    return {
      error_suppression_expression(node) {
        const read = silencedRead(node.namedChild(0));
        if (!read) return;
        context.report({
          node,
          message: 'The `@` operator hides an undefined variable or key.',
          help: 'Check for it explicitly (`?? default`, `isset()`, `is_file()`) instead of silencing the notice.',
        });
      },
    };
  },
};
