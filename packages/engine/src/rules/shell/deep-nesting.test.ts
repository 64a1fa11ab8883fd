import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

testRule(rule, {
  valid: [
    `for f in *; do
  if [ -f "$f" ]; then
    while true; do
      case "$f" in
        *) : ;;
      esac
    done
  fi
done`,
    'if a; then :\nelif b; then :\nelif c; then :\nelif d; then :\nelif e; then :\nfi',
    `if a; then
  if b; then
    f() {
      if c; then
        if d; then
          if e; then :; fi
        fi
      fi
    }
  fi
fi`,
    { code: 'if a; then\n  if b; then :; fi\nfi', options: { maxNestingDepth: 2 } },
    // Five levels are within the default of 5 (fzf's installer decision tree, bin/fzf-tmux's 2×2 choice).
    `for f in *; do
  if [ -f "$f" ]; then
    case "$f" in
      *.log)
        while read -r l; do
          if [ -n "$l" ]; then
            if [ -r "$l" ]; then echo "$l"; fi
          fi
        done < "$f" ;;
    esac
  fi
done`,
    {
      code: 'main() {\n  if a; then\n    for ((i = 0; i < 3; i++)); do\n      if b; then :; fi\n    done\n  fi\n}',
      options: { maxNestingDepth: 3 },
    },
    // A subcommand `case` does not nest: each arm is handled like a function of its own (nvm.sh's `nvm run`).
    `nvm() {
  case "$1" in
    run)
      while [ $# -ne 0 ]; do
        if [ "$1" = --silent ]; then
          if [ -n "$x" ]; then
            for a in "$@"; do :; done
          fi
        fi
      done ;;
  esac
}`,
  ],
  invalid: [
    {
      code: `for f in *; do
  if [ -f "$f" ]; then
    case "$f" in
      *.log)
        while read -r l; do
          if [ -n "$l" ]; then
            if [ -r "$l" ]; then
              for w in $l; do echo "$w"; done
            fi
          fi
        done < "$f" ;;
    esac
  fi
done`,
      errors: [{ line: 8, message: 'Code is nested 6 levels deep (more than 5).' }],
    },
    {
      code: 'main() {\n  if a; then\n    for ((i = 0; i < 3; i++)); do\n      if b; then :; fi\n    done\n  fi\n}',
      options: { maxNestingDepth: 2 },
      errors: [{ line: 4, message: 'Code is nested 3 levels deep (more than 2).' }],
    },
    // `else if` needs its own `fi`, so unlike `elif` it nests.
    {
      code: 'if a; then :\nelse\n  if b; then\n    if c; then :; fi\n  fi\nfi',
      options: { maxNestingDepth: 2 },
      errors: [{ line: 4 }],
    },
  ],
});
