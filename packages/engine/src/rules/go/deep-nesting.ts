import { controlFlowNestedTooDeep, deepNestingRule } from '../support/deep-nesting-rule.js';

export const rule = deepNestingRule({
  id: 'go/deep-nesting',
  language: 'go',
  scopes: ['function_declaration', 'method_declaration'],
  // Closures count in the function that holds them.
  shape: { levels: new Set(['if_statement', 'for_statement', 'expression_switch_statement', 'type_switch_statement', 'select_statement']), boundaries: new Set() },
  message: controlFlowNestedTooDeep,
  help: 'Return early, or extract the inner block into a function.',
  docs: {
    whatItFinds: 'Control flow (if, for, switch, select) nested deeper than the configured maximum (4 by default) inside one function, closures included; reported once per function (revive max-control-nesting).',
    whyItMatters: 'Each level of nesting adds a condition the reader must hold in mind; Go style favours returning early so the happy path stays at the left margin.',
    example: {
      bad: 'for _, o := range orders {\n\tif o.Open {\n\t\tfor _, l := range o.Lines {\n\t\t\tif l.Late {\n\t\t\t\tif l.CanRetry() {\n\t\t\t\t\tretry(l)\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}',
      good: 'for _, o := range openOrders(orders) {\n\tretryLateLines(o)\n}',
    },
  },
});
