import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'scala/return-statement',
    equivalents: { wartremover: ['Return'] },
    tool: 'plumb',
    language: 'scala',
    category: 'Code_Style',
    severity: 'low',
    labels: ['coding-style'],
    remediationMinutes: 5,
    // Off by default: this grammar cannot tell a local early return from a non-local one (see docs/rules.md).
    enabledByDefault: false,
    docs: {
      whatItFinds:
        'Every explicit `return` (Scalastyle ReturnChecker, WartRemover Return). Off by default: ' +
        '`scala/return-statement: on` under `rules:` in `.plumb.yml` switches it on.',
      whyItMatters:
        "In Scala a method's value is its last expression; `return` inside a lambda is a non-local return " +
        'implemented by throwing, which a `catch` of `Throwable` or a `Future` silently breaks.',
      example: {
        bad: 'def find(xs: List[Int]): Option[Int] = {\n  for (x <- xs) if (x > 0) return Some(x)\n  None\n}',
        good: 'def find(xs: List[Int]): Option[Int] = xs.find(_ > 0)',
      },
    },
  },
  create(context) {
    const report = (node: SyntaxNode) => {
      context.report({
        node,
        message: 'Explicit `return` in Scala code.',
        help: 'Make the value the last expression of the method, or use `find`, `collectFirst`, `fold` or a `match`.',
      });
    };
    return {
      // This grammar has no `return` expression: the keyword comes out as an identifier, which no program can declare.
      identifier(node) {
        if (node.text === 'return') report(node);
      },
      return_expression: report,
    };
  },
};
