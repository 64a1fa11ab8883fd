import { codeNestedTooDeep, deepNestingRule } from '../support/deep-nesting-rule.js';

export const rule = deepNestingRule({
  id: 'php/deep-nesting',
  equivalents: { phpcs: ['Generic.Metrics.NestingLevel'] },
  language: 'php',
  // Closures are measured on their own, and so is code outside any function.
  scopes: [
    'function_definition',
    'method_declaration',
    'anonymous_function',
    'anonymous_function_creation_expression',
    'arrow_function',
    'program',
  ],
  shape: {
    levels: new Set(['if_statement', 'for_statement', 'foreach_statement', 'while_statement', 'do_statement']),
    boundaries: new Set(),
  },
  message: codeNestedTooDeep,
  help: 'Return or continue early, merge conditions, or extract the inner part into a function.',
  docs: {
    whatItFinds:
      'Conditionals and loops nested deeper than `maxNestingDepth` (5 by default) inside one function (PHPCS ' +
      'Generic.Metrics.NestingLevel, narrowed); `switch` and `try` add no level, `else if` chains stay at one ' +
      'level, and the structure that crosses the limit is reported once; test code is skipped (SonarQube runs ' +
      'its nesting rule on main code only).',
    whyItMatters:
      'Each level of nesting is another condition a reader must hold in ' +
      'mind; deep nesting is where bugs hide and tests miss branches.',
    example: {
      bad: `foreach ($orders as $o) {
    if ($o->paid) {
        foreach ($o->lines as $l) {
            if ($l->qty > 0) {
                if ($l->stock) { ship($l); }
            }
        }
    }
}`,
      good: 'foreach ($orders as $o) {\n    if (!$o->paid) {\n        continue;\n    }\n    shipLines($o->lines);\n}',
    },
  },
});
