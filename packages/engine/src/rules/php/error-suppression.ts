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

/** What `@` is silencing, or undefined when it guards a call (the I/O idiom `@unlink($f)` with its result checked). */
function silencedRead(operand: SyntaxNode | null): SyntaxNode | undefined {
  return operand &&
    (SILENCED_READS.has(operand.type) ||
      operand.type === 'include_expression' ||
      operand.type === 'include_once_expression')
    ? operand
    : undefined;
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
        'The `@` operator on a variable, array element, property or `include` (PHPCS ' +
        "Generic.PHP.NoSilencedErrors, narrowed): `@$_GET['id']`, `@$row['name']`, `@include $file`. `@` " +
        'before a function call, the common guard on I/O functions whose result is checked, is left alone.',
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
        const what = read.type.startsWith('include') ? 'a failing include' : 'an undefined variable or key';
        context.report({
          node,
          message: `The \`@\` operator hides ${what}.`,
          help: 'Check for it explicitly (`?? default`, `isset()`, `is_file()`) instead of silencing the notice.',
        });
      },
    };
  },
};
