import { codeNestedTooDeep, deepNestingRule } from '../support/deep-nesting-rule.js';

export const rule = deepNestingRule({
  id: 'ruby/deep-nesting',
  equivalents: { rubocop: 'Metrics/BlockNesting' },
  language: 'ruby',
  // Nesting is counted inside one method, class or module body; blocks count in their method.
  scopes: ['method', 'singleton_method', 'class', 'module', 'singleton_class', 'program'],
  shape: {
    // RuboCop Metrics/BlockNesting's list but `case`; `elsif` is a clause of its `if`, not a level.
    levels: new Set([
      'if',
      'unless',
      'while',
      'until',
      'for',
      'if_modifier',
      'unless_modifier',
      'while_modifier',
      'until_modifier',
    ]),
    boundaries: new Set(),
  },
  message: codeNestedTooDeep,
  help: 'Return early, merge conditions, or extract the inner part into a method.',
  docs: {
    whatItFinds:
      'Conditionals and loops nested deeper than `maxNestingDepth` (5 by default); ' +
      '`case` adds no level (a dispatch is one decision, as an `elsif` chain is); ' +
      'the structure that crosses the limit is reported once, not every level below ' +
      'it; test code is skipped (SonarQube runs its nesting rule on main code only).',
    whyItMatters:
      'Each level of nesting is another condition a reader must hold in ' +
      'mind; deep nesting is where bugs hide and tests miss branches.',
    example: {
      bad: `if a
  if b
    while c
      if d
        if e
          go
        end
      end
    end
  end
end`,
      good: 'return unless a && b\nwhile c\n  go if d && e\nend',
    },
  },
});
