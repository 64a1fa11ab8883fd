import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'php/extract',
    equivalents: { phpcs: ['WordPress.PHP.DontExtract'] },
    tool: 'plumb',
    language: 'php',
    category: 'Security',
    // A test extracts its own arrays, with no input from users.
    appliesToTests: false,
    severity: 'moderate',
    labels: ['security', 'coding-style'],
    remediationMinutes: 15,
    docs: {
      whatItFinds:
        'Calls to `extract()`, which turns array keys into local ' +
        'variables (WordPress Coding Standards WordPress.PHP.DontExtract).',
      whyItMatters:
        'Variables appear out of nowhere, which static analysis and readers cannot follow; fed with request ' +
        'data it lets a client overwrite any variable in scope, `$is_admin` included.',
      example: {
        bad: 'extract($_POST);\nsave($name, $email);',
        good: "save($_POST['name'] ?? '', $_POST['email'] ?? '');",
      },
    },
  },
  create(context) {
    return {
      function_call_expression(node) {
        const callee = node.childForFieldName('function');
        const name = callee?.type === 'qualified_name' ? callee.namedChildren.at(-1)?.text : callee?.text;
        if (name?.toLowerCase() !== 'extract') return;
        context.report({
          node,
          message: '`extract()` creates variables from array keys.',
          help: 'Read the keys you need from the array explicitly.',
        });
      },
    };
  },
};
