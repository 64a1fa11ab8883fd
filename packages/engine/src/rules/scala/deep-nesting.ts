import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

const NESTING = ['if_expression', 'match_expression', 'try_expression', 'for_expression', 'while_expression', 'do_while_expression', 'call_expression'];
const BOUNDARIES = new Set(['function_definition', 'class_definition', 'object_definition', 'trait_definition', 'compilation_unit']);
/** This grammar reads `for (...) {}` and `while (...) {}` as calls of `for` and `while`. */
const LOOP_KEYWORDS = new Set(['for', 'while']);

function addsLevel(node: SyntaxNode): boolean {
  if (node.type === 'call_expression') return LOOP_KEYWORDS.has(node.childForFieldName('function')?.text ?? '');
  // `else if` continues its chain at the same level.
  if (node.type === 'if_expression') return !(node.parent?.type === 'if_expression' && node.parent.childForFieldName('alternative')?.equals(node));
  return NESTING.includes(node.type);
}

function depthOf(node: SyntaxNode): number {
  let depth = 0;
  for (let current: SyntaxNode | null = node; current && !BOUNDARIES.has(current.type); current = current.parent) if (addsLevel(current)) depth++;
  return depth;
}

export const rule: Rule = {
  meta: {
    id: 'scala/deep-nesting',
    tool: 'plumb',
    language: 'scala',
    category: 'Design',
    severity: 'moderate',
    labels: ['complexity'],
    remediationMinutes: 20,
    docs: {
      whatItFinds: '`if`, `match`, `try` and loops nested deeper than `maxNestingDepth` (4 by default) inside one method (Scalastyle NestedIfDepth, BlockDepth); `else if` chains stay at one level and the structure that crosses the limit is reported once.',
      whyItMatters: 'Each level of nesting is another condition a reader must hold in mind; deep nesting is where bugs hide and tests miss branches.',
      example: {
        bad: 'if (a) {\n  for (x <- xs) {\n    x match {\n      case Some(y) =>\n        if (y > 0) {\n          if (ok(y)) use(y)\n        }\n      case None =>\n    }\n  }\n}',
        good: 'if (a) xs.flatten.filter(y => y > 0 && ok(y)).foreach(use)',
      },
    },
  },
  create(context) {
    const limit = context.options.maxNestingDepth;
    const check = (node: SyntaxNode) => {
      if (!addsLevel(node) || depthOf(node) !== limit + 1) return;
      context.report({ node, message: `Code is nested ${limit + 1} levels deep (more than ${limit}).`, help: 'Return early, use combinators (`map`, `collect`, `flatMap`), or extract the inner part into a method.' });
    };
    return Object.fromEntries(NESTING.map((type) => [type, check]));
  },
};
