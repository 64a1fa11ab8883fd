import { firstTooDeep, type NestingShape } from '../support/nesting-depth.js';
import type { Rule } from '../types.js';

const C_FAMILY_NESTING: NestingShape = {
  levels: new Set(['if_statement', 'for_statement', 'for_range_loop', 'while_statement', 'do_statement', 'switch_statement', 'try_statement']),
  // Member functions of local classes are measured on their own.
  boundaries: new Set(['field_declaration_list']),
};

export const rule: Rule = {
  meta: {
    id: 'c/deep-nesting',
    tool: 'plumb',
    language: 'c',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: 'Control flow (if, loops, switch) nested deeper than the configured maximum (4 by default) inside one function; reported once per function, at the first statement too deep (clang-tidy readability-function-size NestingThreshold).',
      whyItMatters: 'Each level of nesting adds a condition the reader must hold in mind; deeply nested code is where bugs hide and is the hardest to test.',
      example: {
        bad: 'for (i = 0; i < n; i++) {\n  if (items[i].open) {\n    for (j = 0; j < items[i].len; j++) {\n      if (late(&items[i].lines[j])) {\n        if (can_retry(&items[i].lines[j])) retry(&items[i].lines[j]);\n      }\n    }\n  }\n}',
        good: 'for (i = 0; i < n; i++) {\n  if (!items[i].open) continue;\n  retry_late_lines(&items[i]);\n}',
      },
    },
  },
  create(context) {
    const max = context.options.maxNestingDepth;
    return {
      function_definition(node) {
        const body = node.childForFieldName('body');
        const tooDeep = body && firstTooDeep(body, C_FAMILY_NESTING, max);
        if (!tooDeep) return;
        context.report({
          node: tooDeep.node,
          lineEnd: tooDeep.node.startPosition.row + 1,
          message: `Control flow nested ${tooDeep.depth} levels deep (more than ${max}).`,
          help: 'Return or continue early, or extract the inner block into a function.',
        });
      },
    };
  },
};
