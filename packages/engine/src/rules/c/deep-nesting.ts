import { controlFlowNestedTooDeep, deepNestingRule } from '../support/deep-nesting-rule.js';
import { isInTestOnlyBranch } from './support/test-only-branch.js';

/** C and C++ (the C++ edition reuses this rule): lambdas count in their function. */
export const rule = deepNestingRule({
  id: 'c/deep-nesting',
  equivalents: { clangTidy: ['readability-function-size'] },
  language: 'c',
  scopes: ['function_definition'],
  shape: {
    levels: new Set(['if_statement', 'for_statement', 'for_range_loop', 'while_statement', 'do_statement']),
    // Member functions of local classes are measured on their own.
    boundaries: new Set(['field_declaration_list']),
  },
  isTestCode: isInTestOnlyBranch,
  message: controlFlowNestedTooDeep,
  help: 'Return or continue early, or extract the inner block into a function.',
  docs: {
    whatItFinds:
      '`if` and loops nested deeper than the configured maximum (5 by default) inside one function; `switch` ' +
      'adds no level, nor does `try` in C++ (a dispatch is one decision, as an else-if chain is); reported ' +
      'once per function, at the first statement too deep (clang-tidy readability-function-size ' +
      'NestingThreshold, narrowed as Checkstyle NestedIfDepth and NestedForDepth are); test code is skipped, ' +
      'test files and the `#ifdef REDIS_TEST`-style branches that build the tests of a file alike (SonarQube ' +
      'runs its nesting rule on main code only).',
    whyItMatters:
      'Each level of nesting adds a condition the reader must hold in mind; ' +
      'deeply nested code is where bugs hide and is the hardest to test.',
    example: {
      bad: `for (i = 0; i < n; i++) {
  if (items[i].open) {
    for (j = 0; j < items[i].len; j++) {
      if (late(&items[i].lines[j])) {
        if (can_retry(&items[i].lines[j])) retry(&items[i].lines[j]);
      }
    }
  }
}`,
      good: 'for (i = 0; i < n; i++) {\n  if (!items[i].open) continue;\n  retry_late_lines(&items[i]);\n}',
    },
  },
});
