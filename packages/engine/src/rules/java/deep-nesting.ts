import type { SyntaxNode } from '../../parse/parser.js';
import { firstTooDeep, type NestingShape } from '../support/nesting-depth.js';
import type { Rule } from '../types.js';

const JAVA_NESTING: NestingShape = {
  levels: new Set([
    'if_statement', 'for_statement', 'enhanced_for_statement', 'while_statement', 'do_statement',
    'switch_expression', 'try_statement', 'try_with_resources_statement',
  ]),
  // Methods of anonymous and local classes are measured on their own.
  boundaries: new Set(['class_body', 'interface_body', 'enum_body']),
};

export const rule: Rule = {
  meta: {
    id: 'java/deep-nesting',
    tool: 'plumb',
    language: 'java',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: 'Control flow (if, loops, switch, try) nested deeper than the configured maximum (4 by default) inside one method; reported once per method, at the first statement too deep (Checkstyle NestedIfDepth, NestedForDepth, NestedTryDepth).',
      whyItMatters: 'Each level of nesting adds a condition the reader must hold in mind; deeply nested code is where bugs hide and is the hardest to test.',
      example: {
        bad: 'for (Order o : orders) { if (o.isOpen()) { for (Line l : o.lines()) { if (l.isLate()) { if (l.canRetry()) { retry(l); } } } } }',
        good: 'for (Order o : openOrders()) { lateLines(o).stream().filter(Line::canRetry).forEach(this::retry); }',
      },
    },
  },
  create(context) {
    const max = context.options.maxNestingDepth;
    const check = (method: SyntaxNode) => {
      const body = method.childForFieldName('body');
      const tooDeep = body && firstTooDeep(body, JAVA_NESTING, max);
      if (!tooDeep) return;
      context.report({
        node: tooDeep.node,
        line: tooDeep.node.startPosition.row + 1,
        lineEnd: tooDeep.node.startPosition.row + 1,
        message: `Control flow nested ${tooDeep.depth} levels deep (more than ${max}).`,
        help: 'Return early, invert conditions, or extract the inner block into a method.',
      });
    };
    return { method_declaration: check, constructor_declaration: check, compact_constructor_declaration: check };
  },
};
