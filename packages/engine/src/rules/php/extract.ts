import type { SyntaxNode } from '../../parse/parser.js';
import type { SinkInputs } from '../support/security-hotspot.js';
import type { Rule } from '../types.js';
import { enclosingFunction } from './support/enclosing-function.js';
import { LocalTaint, outsideInputSentence } from './support/local-taint.js';

const INCLUDES = ['include_expression', 'include_once_expression', 'require_expression', 'require_once_expression'];

/**
 * `extract($vars); require $template;` in one function: a PHP template renderer handing the template its variables,
 * the use `extract()` exists for (Laravel's, Slim's and Symfony's PHP engines do the same).
 */
function rendersTemplate(call: SyntaxNode): boolean {
  const fn = enclosingFunction(call);
  return fn?.descendantsOfType(INCLUDES).some((include) => include && include.startIndex >= call.endIndex) ?? false;
}

/** The rule for outside input (`outside`), or its opt-in hotspot twin for any array (`any`). */
export const extractRule = (inputs: SinkInputs): Rule => ({
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
        'variables (WordPress Coding Standards WordPress.PHP.DontExtract). Left alone: a template renderer, ' +
        'where the same function then `include`s or `require`s the template that reads those variables.' +
        outsideInputSentence(inputs, 'the array'),
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
    const taint = new LocalTaint(inputs);
    return {
      function_call_expression(node) {
        const callee = node.childForFieldName('function');
        const name = callee?.type === 'qualified_name' ? callee.namedChildren.at(-1)?.text : callee?.text;
        if (name?.toLowerCase() !== 'extract' || rendersTemplate(node)) return;
        const array = node.childForFieldName('arguments')?.namedChildren.find((child) => child?.type === 'argument');
        if (inputs === 'outside' && (!array || taint.isClean(array))) return;
        context.report({
          node,
          message: '`extract()` creates variables from array keys.',
          help: 'Read the keys you need from the array explicitly.',
        });
      },
    };
  },
});

export const rule = extractRule('outside');
