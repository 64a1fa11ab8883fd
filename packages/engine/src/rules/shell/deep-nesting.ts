import { codeNestedTooDeep, deepNestingRule } from '../support/deep-nesting-rule.js';

export const rule = deepNestingRule({
  id: 'shell/deep-nesting',
  language: 'shell',
  scopes: ['function_definition', 'program'],
  // `elif` is a clause of its `if`, not a level.
  shape: {
    levels: new Set(['if_statement', 'for_statement', 'c_style_for_statement', 'while_statement']),
    boundaries: new Set(),
    elseIfNests: true,
  },
  message: codeNestedTooDeep,
  help: 'Return or continue early, or move the inner part into a function.',
  docs: {
    whatItFinds:
      "`if` and loops nested deeper than `maxNestingDepth` (5 by default, revive's limit) inside one function " +
      'or the script body; a `case` adds no level (each arm of a subcommand `case` reads as a function of its ' +
      'own), `elif` stays at one level, and the structure that crosses the limit is reported once; test code ' +
      'is skipped (SonarQube runs its nesting rule on main code only).',
    whyItMatters:
      'Each level of nesting is another condition a reader must hold in mind; in shell, where every line can ' +
      'fail silently, deep nesting hides which branch ran.',
    example: {
      bad: `for f in *; do
  if [ -f "$f" ]; then
    case "$f" in
      *.log)
        while read -r l; do
          if [ -n "$l" ]; then echo "$l"; fi
        done < "$f" ;;
    esac
  fi
done`,
      good: 'print_log() {\n  grep -v "^$" "$1"\n}\nfor f in ./*.log; do\n  [ -f "$f" ] && print_log "$f"\ndone',
    },
  },
});
