import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const LOOSE = new Map([
  ['==', '==='],
  ['!=', '!=='],
  ['<>', '!=='],
]);

/** `null`, `true` and `false`, whose loose comparisons match far more than they say. */
function constantOf(node: SyntaxNode | null): string | undefined {
  if (node?.type === 'null' || node?.type === 'boolean') return node.text.toLowerCase();
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'php/loose-comparison',
    equivalents: {
      phpcs: ['SlevomatCodingStandard.Operators.DisallowEqualOperators'],
      phpstan: ['equal.notAllowed', 'notEqual.notAllowed'],
    },
    tool: 'plumb',
    language: 'php',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug'],
    remediationMinutes: 2,
    // Off by default, as Slevomat and phpstan-strict-rules are opt-in: maintainers accepted none of 3 judged.
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'A comparison with `null`, `true` or `false` through `==`, `!=` or `<>` (PHPStan ' +
        'strict-rules, PHPCS SlevomatCodingStandard.Operators.DisallowEqualOperators, ' +
        'narrowed to the constants where loose equality misleads most).',
      whyItMatters:
        '`$x == null` is also true for `0`, `""`, `"0"` and `[]`, and `$x == true` for any non-empty string: a ' +
        'valid zero or empty value takes the wrong branch.',
      example: { bad: 'if ($count == null) {\n    return;\n}', good: 'if ($count === null) {\n    return;\n}' },
    },
  },
  create(context) {
    return {
      binary_expression(node) {
        const operator = node.childForFieldName('operator')?.type ?? '';
        const strict = LOOSE.get(operator);
        const constant = constantOf(node.childForFieldName('left')) ?? constantOf(node.childForFieldName('right'));
        if (!strict || !constant) return;
        context.report({
          node,
          message: `Loose comparison \`${operator} ${constant}\` also matches other falsy or truthy values.`,
          help: `Use \`${strict}\`, or test the value directly (\`if ($x)\`, \`isset($x)\`).`,
        });
      },
    };
  },
};
