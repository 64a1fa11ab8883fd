import type { SyntaxNode } from '../../parse/parser.js';
import type { SinkInputs } from '../support/security-hotspot.js';
import type { Rule } from '../types.js';
import { LocalTaint, outsideInputSentence } from './support/local-taint.js';
import { isCheckedByStrictPattern } from './support/regex-guard.js';

/** `var_export($v, true)` writes a value as a PHP literal: whatever `$v` holds, it is data, not code. */
function insideExportedLiteral(variable: SyntaxNode, code: SyntaxNode): boolean {
  for (let node = variable.parent; node && node.id !== code.id; node = node.parent) {
    if (node.type !== 'function_call_expression' || node.childForFieldName('function')?.text !== 'var_export') continue;
    const args = node.childForFieldName('arguments')?.namedChildren ?? [];
    if (args[1]?.text === 'true') return true;
  }
  return false;
}

/** The variables whose values reach the evaluated code as code. */
const variablesIn = (node: SyntaxNode) =>
  [node, ...node.descendantsOfType('variable_name')].filter(
    (variable) => variable?.type === 'variable_name' && !insideExportedLiteral(variable, node),
  );

/** The rule for code built from outside input (`outside`), or its opt-in hotspot twin for any code (`any`). */
export const evalRule = (inputs: SinkInputs): Rule => ({
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
        'regular expression first: `preg_match` (or a static wrapper, `Preg::isMatch`, `Preg::match`) of the ' +
        'variable or its `trim()`, with a literal pattern (in place, or in a variable assigned once from a ' +
        'string or nowdoc) anchored at both ends (`^…$`, `\\A…\\z`, after any `(?(DEFINE)…)` groups), ' +
        'without `.`, top-level alternation or the `m` flag (`x` read as PCRE reads it), guarding the `eval` ' +
        'in `if (preg_match(…, $x))` or by an early `throw`/`return` under `if (!preg_match(…, $x))`, with no ' +
        'assignment to the variable between. ' +
        'A variable written into the code through `var_export($v, true)` is a PHP literal, data not code.' +
        outsideInputSentence(inputs, 'the code'),
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
    const taint = new LocalTaint(inputs);
    return {
      function_call_expression(node) {
        const callee = node.childForFieldName('function');
        if (callee?.type !== 'name' || callee.text.toLowerCase() !== 'eval') return;
        // Code built only from values a strict pattern admitted (`/^[0-9+*\/() .-]+$/`) can hold nothing else.
        const code = node.childForFieldName('arguments');
        if (inputs === 'outside' && (!code || taint.isClean(code))) return;
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
});

export const rule = evalRule('outside');
