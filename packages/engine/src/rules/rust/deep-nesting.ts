import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const NESTING = ['if_expression', 'for_expression', 'while_expression', 'loop_expression', 'match_expression'];
const BOUNDARIES = new Set(['function_item', 'impl_item', 'trait_item', 'mod_item', 'source_file']);

/** An `else if` continues its chain at the same level. */
function addsLevel(node: SyntaxNode): boolean {
  return NESTING.includes(node.type) && !(node.type === 'if_expression' && node.parent?.type === 'else_clause');
}

function depthOf(node: SyntaxNode): number {
  let depth = 0;
  for (let current: SyntaxNode | null = node; current && !BOUNDARIES.has(current.type); current = current.parent) if (addsLevel(current)) depth++;
  return depth;
}

export const rule: Rule = {
  meta: {
    id: 'rust/deep-nesting',
    tool: 'plumb',
    language: 'rust',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: '`if`, `match` and loops nested deeper than `maxNestingDepth` (4 by default) inside one function; `else if` chains stay at one level, and the structure that crosses the limit is reported once.',
      whyItMatters: 'Each level of nesting is another condition a reader must hold in mind; deep nesting is where bugs hide and tests miss branches.',
      example: {
        bad: 'for f in files {\n    if let Ok(t) = read(f) {\n        for l in t.lines() {\n            if l.starts_with("#") {\n                if verbose { println!("{l}"); }\n            }\n        }\n    }\n}',
        good: 'for f in files {\n    let Ok(t) = read(f) else { continue };\n    print_comments(&t, verbose);\n}',
      },
    },
  },
  create(context) {
    const limit = context.options.maxNestingDepth;
    const check = (node: SyntaxNode) => {
      if (!addsLevel(node) || depthOf(node) !== limit + 1) return;
      context.report({ node, message: `Code is nested ${limit + 1} levels deep (more than ${limit}).`, help: 'Return early, use `let ... else`, or extract the inner part into a function.' });
    };
    return Object.fromEntries(NESTING.map((type) => [type, check]));
  },
};
