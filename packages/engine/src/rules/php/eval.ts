import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'php/eval',
    equivalents: { phpcs: ['Squiz.PHP.Eval'] },
    tool: 'plumb',
    language: 'php',
    category: 'Security',
    // A test evaluates its own code, with no input from users.
    appliesToTests: false,
    severity: 'high',
    labels: ['security'],
    remediationMinutes: 30,
    docs: {
      whatItFinds: 'Every use of `eval()` (PHPCS Squiz.PHP.Eval).',
      whyItMatters:
        '`eval` runs a string as PHP code: one unchecked value in it is remote code execution, and the code ' +
        'inside is invisible to every static tool and cache.',
      example: {
        bad: "$value = eval('return $config->' . $_GET['key'] . ';');",
        good: "$value = $config->get(ALLOWED_KEYS[$_GET['key']] ?? 'default');",
      },
    },
  },
  create(context) {
    return {
      function_call_expression(node) {
        const callee = node.childForFieldName('function');
        if (callee?.type !== 'name' || callee.text.toLowerCase() !== 'eval') return;
        context.report({
          node,
          message: '`eval()` runs a string as PHP code.',
          help: 'Call the code directly, dispatch through an allow-list, or use a template engine.',
        });
      },
    };
  },
};
