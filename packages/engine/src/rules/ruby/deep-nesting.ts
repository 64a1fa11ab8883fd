import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/** Control structures that add a level (RuboCop Metrics/BlockNesting's list). */
const NESTING = new Set(['if', 'unless', 'while', 'until', 'for', 'case', 'case_match', 'if_modifier', 'unless_modifier', 'while_modifier', 'until_modifier']);
/** Nesting is counted inside one method, class or module body. */
const BOUNDARIES = new Set(['method', 'singleton_method', 'class', 'module', 'singleton_class', 'program']);

function depthOf(node: SyntaxNode): number {
  let depth = 0;
  for (let current: SyntaxNode | null = node; current && !BOUNDARIES.has(current.type); current = current.parent) {
    if (current.isNamed && NESTING.has(current.type)) depth++;
  }
  return depth;
}

export const rule: Rule = {
  meta: {
    id: 'ruby/deep-nesting',
    tool: 'plumb',
    language: 'ruby',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: 'Conditionals and loops nested deeper than `maxNestingDepth` (4 by default); the structure that crosses the limit is reported once, not every level below it.',
      whyItMatters: 'Each level of nesting is another condition a reader must hold in mind; deep nesting is where bugs hide and tests miss branches.',
      example: {
        bad: 'if a\n  if b\n    while c\n      if d\n        if e\n          go\n        end\n      end\n    end\n  end\nend',
        good: 'return unless a && b\nwhile c\n  go if d && e\nend',
      },
    },
  },
  create(context) {
    const limit = context.options.maxNestingDepth;
    const visitors: Record<string, (node: SyntaxNode) => void> = {};
    for (const type of NESTING) {
      visitors[type] = (node) => {
        if (!node.isNamed || depthOf(node) !== limit + 1) return;
        context.report({ node, message: `Code is nested ${limit + 1} levels deep (more than ${limit}).`, help: 'Return early, merge conditions, or extract the inner part into a method.' });
      };
    }
    return visitors;
  },
};
