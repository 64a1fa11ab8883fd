import type { SyntaxNode } from '../../parse/parser.js';
import { firstTooDeep, type NestingShape } from '../support/nesting-depth.js';
import type { Rule } from '../types.js';

const GO_NESTING: NestingShape = {
  levels: new Set(['if_statement', 'for_statement', 'expression_switch_statement', 'type_switch_statement', 'select_statement']),
  boundaries: new Set(),
};

export const rule: Rule = {
  meta: {
    id: 'go/deep-nesting',
    tool: 'plumb',
    language: 'go',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: 'Control flow (if, for, switch, select) nested deeper than the configured maximum (4 by default) inside one function, closures included; reported once per function (revive max-control-nesting).',
      whyItMatters: 'Each level of nesting adds a condition the reader must hold in mind; Go style favours returning early so the happy path stays at the left margin.',
      example: {
        bad: 'for _, o := range orders {\n\tif o.Open {\n\t\tfor _, l := range o.Lines {\n\t\t\tif l.Late {\n\t\t\t\tif l.CanRetry() {\n\t\t\t\t\tretry(l)\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}',
        good: 'for _, o := range openOrders(orders) {\n\tretryLateLines(o)\n}',
      },
    },
  },
  create(context) {
    const max = context.options.maxNestingDepth;
    const check = (node: SyntaxNode) => {
      const body = node.childForFieldName('body');
      const tooDeep = body && firstTooDeep(body, GO_NESTING, max);
      if (!tooDeep) return;
      context.report({
        node: tooDeep.node,
        lineEnd: tooDeep.node.startPosition.row + 1,
        message: `Control flow nested ${tooDeep.depth} levels deep (more than ${max}).`,
        help: 'Return early, or extract the inner block into a function.',
      });
    };
    return { function_declaration: check, method_declaration: check };
  },
};
