import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** `@trigger_error(..., E_USER_DEPRECATED)` is the documented way to emit a silenced deprecation notice. */
function isDeprecationNotice(operand: SyntaxNode | null): boolean {
  return operand?.type === 'function_call_expression' && operand.childForFieldName('function')?.text.replace(/^\\/, '').toLowerCase() === 'trigger_error';
}

export const rule: Rule = {
  meta: {
    id: 'php/error-suppression',
    tool: 'plumb',
    language: 'php',
    category: 'Error_Prone',
    severity: 'low',
    labels: ['error-handling'],
    remediationMinutes: 10,
    docs: {
      whatItFinds: 'The `@` error-suppression operator (PHPCS Generic.PHP.NoSilencedErrors); `@trigger_error()` for deprecation notices is left alone.',
      whyItMatters: '`@` hides every warning of the expression, the unexpected ones included, so failures surface later and far away from their cause; it is also slow.',
      example: {
        bad: '$data = @file_get_contents($path);',
        good: '$data = file_get_contents($path);\nif ($data === false) {\n    throw new RuntimeException("cannot read $path");\n}',
      },
    },
  },
  create(context) {
    return {
      error_suppression_expression(node) {
        if (isDeprecationNotice(node.namedChild(0))) return;
        context.report({ node, message: 'The `@` operator silences every error of this expression.', help: 'Check the result or the condition explicitly, or handle the error with an exception.' });
      },
    };
  },
};
