import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';
import { isCheckedByStrictPattern } from './support/regex-guard.js';

/** The variables whose values reach the evaluated code. */
const variablesIn = (node: SyntaxNode) =>
  [node, ...node.descendantsOfType('variable_name')].filter((variable) => variable?.type === 'variable_name');

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
      whatItFinds:
        'Every use of `eval()` (PHPCS Squiz.PHP.Eval), but one whose every variable was checked against a strict ' +
        'regular expression first: `preg_match` with a literal pattern anchored at both ends (`^…$`, `\\A…\\z`), ' +
        'without `.`, top-level alternation or the `m` flag, guarding the `eval` in `if (preg_match(…, $x))` ' +
        'or by an early `throw`/`return` under `if (!preg_match(…, $x))`, with no assignment to the variable between.',
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
        // Code built only from values a strict pattern admitted (`/^[0-9+*\/() .-]+$/`) can hold nothing else.
        const code = node.childForFieldName('arguments');
        const variables = code ? variablesIn(code) : [];
        if (
          variables.length > 0 &&
          variables.every((variable) => variable && isCheckedByStrictPattern(node, variable.text, context.source))
        )
          return;
        context.report({
          node,
          message: '`eval()` runs a string as PHP code.',
          help: 'Call the code directly, dispatch through an allow-list, or use a template engine.',
        });
      },
    };
  },
};
