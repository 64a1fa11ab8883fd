import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const NESTING = ['if_statement', 'for_statement', 'foreach_statement', 'while_statement', 'do_statement', 'switch_statement', 'try_statement'];
const BOUNDARIES = new Set(['function_definition', 'method_declaration', 'anonymous_function', 'anonymous_function_creation_expression', 'arrow_function', 'program']);

/** `else if` continues its chain at the same level. */
function addsLevel(node: SyntaxNode): boolean {
  return NESTING.includes(node.type) && !(node.type === 'if_statement' && node.parent?.type === 'else_clause');
}

function depthOf(node: SyntaxNode): number {
  let depth = 0;
  for (let current: SyntaxNode | null = node; current && !BOUNDARIES.has(current.type); current = current.parent) if (addsLevel(current)) depth++;
  return depth;
}

export const rule: Rule = {
  meta: {
    id: 'php/deep-nesting',
    tool: 'plumb',
    language: 'php',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: 'Conditionals, loops, `switch` and `try` nested deeper than `maxNestingDepth` (4 by default) inside one function (PHPCS Generic.Metrics.NestingLevel); `else if` chains stay at one level and the structure that crosses the limit is reported once.',
      whyItMatters: 'Each level of nesting is another condition a reader must hold in mind; deep nesting is where bugs hide and tests miss branches.',
      example: {
        bad: 'foreach ($orders as $o) {\n    if ($o->paid) {\n        foreach ($o->lines as $l) {\n            if ($l->qty > 0) {\n                if ($l->stock) { ship($l); }\n            }\n        }\n    }\n}',
        good: 'foreach ($orders as $o) {\n    if (!$o->paid) {\n        continue;\n    }\n    shipLines($o->lines);\n}',
      },
    },
  },
  create(context) {
    const limit = context.options.maxNestingDepth;
    const check = (node: SyntaxNode) => {
      if (!addsLevel(node) || depthOf(node) !== limit + 1) return;
      context.report({ node, message: `Code is nested ${limit + 1} levels deep (more than ${limit}).`, help: 'Return or continue early, merge conditions, or extract the inner part into a function.' });
    };
    return Object.fromEntries(NESTING.map((type) => [type, check]));
  },
};
