import type { SyntaxNode } from '../../parse/parser.js';
import { codeNestedTooDeep, deepNestingRule } from '../support/deep-nesting-rule.js';

/** This grammar reads `for (...) {}` and `while (...) {}` as calls of `for` and `while`. */
const LOOP_KEYWORDS = new Set(['for', 'while']);

export const rule = deepNestingRule({
  id: 'scala/deep-nesting',
  language: 'scala',
  scopes: ['function_definition', 'class_definition', 'object_definition', 'trait_definition', 'compilation_unit'],
  shape: {
    levels: new Set(['if_expression', 'for_expression', 'while_expression', 'do_while_expression', 'call_expression']),
    boundaries: new Set(),
    opensLevel: (node: SyntaxNode) =>
      node.type !== 'call_expression' || LOOP_KEYWORDS.has(node.childForFieldName('function')?.text ?? ''),
  },
  message: codeNestedTooDeep,
  help: 'Return early, use combinators (`map`, `collect`, `flatMap`), or extract the inner part into a method.',
  docs: {
    whatItFinds:
      '`if` and loops nested deeper than `maxNestingDepth` (5 by default) inside one method (Scalastyle ' +
      'NestedIfDepth, BlockDepth, narrowed); `match` and `try` add no level, `else if` chains stay at one ' +
      'level, and the structure that crosses the limit is reported once; test code is skipped (SonarQube runs ' +
      'its nesting rule on main code only).',
    whyItMatters:
      'Each level of nesting is another condition a reader must hold in ' +
      'mind; deep nesting is where bugs hide and tests miss branches.',
    example: {
      bad: `if (a) {
  for (x <- xs) {
    x match {
      case Some(y) =>
        if (y > 0) {
          if (ok(y)) use(y)
        }
      case None =>
    }
  }
}`,
      good: 'if (a) xs.flatten.filter(y => y > 0 && ok(y)).foreach(use)',
    },
  },
});
