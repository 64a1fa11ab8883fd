import type { SyntaxNode } from '../../parse/parser.js';
import type { Rule } from '../types.js';

/**
 * The expression tested, unwrapped from one pair of the statement's own parentheses (C) or its condition clause (C++).
 */
function testedExpression(condition: SyntaxNode | null): SyntaxNode | null {
  if (!condition) return null;
  if (condition.type === 'parenthesized_expression') return condition.namedChild(0);
  if (condition.type === 'condition_clause') return condition.childForFieldName('value');
  return condition;
}

export const rule: Rule = {
  meta: {
    id: 'c/assignment-in-condition',
    equivalents: { clangTidy: ['bugprone-assignment-in-if-condition', 'clang-diagnostic-parentheses'] },
    tool: 'plumb',
    language: 'c',
    category: 'Error_Prone',
    severity: 'moderate',
    labels: ['bug'],
    remediationMinutes: 5,
    docs: {
      whatItFinds:
        'An `if`, `while`, `do` or `for` condition that is a plain assignment, `if (x = y)` (GCC ' +
        '-Wparentheses, clang-tidy bugprone-assignment-in-if-condition, CERT EXP45-C). Extra parentheses, ' +
        '`if ((x = y))`, mark the assignment as intended and are left alone, as compilers do.',
      whyItMatters:
        'It is almost always a typo for `==`: the condition assigns and then tests the assigned value, so the ' +
        'branch runs whenever the right-hand side is non-zero.',
      example: {
        bad: 'if (status = STATUS_DONE) finish();',
        good: 'if (status == STATUS_DONE) finish();',
      },
    },
  },
  create(context) {
    const check = (statement: SyntaxNode) => {
      const condition = statement.childForFieldName('condition');
      // A `for` condition has no parentheses of its own, so any around it are the deliberate extra pair.
      const tested = statement.type === 'for_statement' ? condition : testedExpression(condition);
      const operator = tested?.childForFieldName('operator');
      if (tested?.type !== 'assignment_expression' || tested.hasError || operator?.type !== '=') return;
      // `a < b && cast<T>(c) >= 0`: the C++ grammar reads `a < … >` as template arguments and splits `>=`.
      if (context.source[operator.startIndex - 1] === '>') return;
      context.report({
        node: tested,
        message: 'Assignment used as a condition; `==` was probably meant.',
        help:
          'Use `==` to compare; if the assignment is intended, ' +
          'wrap it in extra parentheses or assign before the test.',
      });
    };
    return { if_statement: check, while_statement: check, do_statement: check, for_statement: check };
  },
};
