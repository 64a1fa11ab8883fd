import { controlFlowNestedTooDeep, deepNestingRule } from '../support/deep-nesting-rule.js';

export const rule = deepNestingRule({
  id: 'go/deep-nesting',
  equivalents: { golangci: ['revive', 'nestif'] },
  language: 'go',
  scopes: ['function_declaration', 'method_declaration'],
  // Closures count in the function that holds them.
  shape: { levels: new Set(['if_statement', 'for_statement']), boundaries: new Set() },
  message: controlFlowNestedTooDeep,
  help: 'Return early, or extract the inner block into a function.',
  docs: {
    whatItFinds:
      '`if` and `for` nested deeper than the configured maximum (5 by default) inside one function, closures ' +
      'included; `switch` and `select` add no level (a dispatch is one decision, as an else-if chain is); ' +
      'reported once per function (revive max-control-nesting, narrowed); test code is skipped (SonarQube runs ' +
      'its nesting rule on main code only).',
    whyItMatters:
      'Each level of nesting adds a condition the reader must hold in mind; Go style favours returning early ' +
      'so the happy path stays at the left margin.',
    example: {
      bad:
        'for _, o := range orders {\n\tif o.Open {\n\t\tfor _, l := range o.Lines {\n\t\t\tif l.Late {\n' +
        '\t\t\t\tif l.CanRetry() {\n\t\t\t\t\tretry(l)\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}',
      good: 'for _, o := range openOrders(orders) {\n\tretryLateLines(o)\n}',
    },
  },
});
