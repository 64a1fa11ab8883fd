import { testRule } from '../rule-tester.case.js';
import { rule } from './deep-nesting.js';

testRule(rule, {
  valid: [
    'for f in *; do\n  if [ -f "$f" ]; then\n    while true; do\n      case "$f" in\n        *) : ;;\n      esac\n    done\n  fi\ndone',
    'if a; then :\nelif b; then :\nelif c; then :\nelif d; then :\nelif e; then :\nfi',
    'if a; then\n  if b; then\n    f() {\n      if c; then\n        if d; then\n          if e; then :; fi\n        fi\n      fi\n    }\n  fi\nfi',
    { code: 'if a; then\n  if b; then :; fi\nfi', options: { maxNestingDepth: 2 } },
    // Five levels are within the default of 5 (fzf's installer decision tree, bin/fzf-tmux's 2×2 choice).
    'for f in *; do\n  if [ -f "$f" ]; then\n    case "$f" in\n      *.log)\n        while read -r l; do\n          if [ -n "$l" ]; then\n            if [ -r "$l" ]; then echo "$l"; fi\n          fi\n        done < "$f" ;;\n    esac\n  fi\ndone',
    {
      code: 'main() {\n  if a; then\n    for ((i = 0; i < 3; i++)); do\n      if b; then :; fi\n    done\n  fi\n}',
      options: { maxNestingDepth: 3 },
    },
    // A subcommand `case` does not nest: each arm is handled like a function of its own (nvm.sh's `nvm run`).
    'nvm() {\n  case "$1" in\n    run)\n      while [ $# -ne 0 ]; do\n        if [ "$1" = --silent ]; then\n          if [ -n "$x" ]; then\n            for a in "$@"; do :; done\n          fi\n        fi\n      done ;;\n  esac\n}',
  ],
  invalid: [
    {
      code: 'for f in *; do\n  if [ -f "$f" ]; then\n    case "$f" in\n      *.log)\n        while read -r l; do\n          if [ -n "$l" ]; then\n            if [ -r "$l" ]; then\n              for w in $l; do echo "$w"; done\n            fi\n          fi\n        done < "$f" ;;\n    esac\n  fi\ndone',
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
