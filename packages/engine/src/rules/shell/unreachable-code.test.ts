import { testRule } from '../rule-tester.case.js';
import { rule } from './unreachable-code.js';

testRule(rule, {
  valid: [
    'if [ -z "$1" ]; then\n  echo "usage" >&2\n  exit 1\nfi\nrun "$1"',
    '[ -n "$1" ] || exit 1\nrun "$1"',
    'main "$@"\nexit $?\n# helpers below\nhelper() { :; }',
    'for f in *; do\n  [ -d "$f" ] && continue\n  echo "$f"\ndone',
    'case "$1" in\n  start) run; exit 0 ;;\n  stop) halt ;;\nesac\necho done',
    'f() {\n  return 0\n}\nf',
    'if exit_code=1; then :; fi\necho ok',
    // A jump inside an `if` leaves the branch, not the block around it.
    'f() {\n  if [ -z "$1" ]; then\n    return 0\n  fi\n  echo "$1"\n}',
    'f() {\n  if [ -n "$1" ]; then\n    exit 1\n  elif [ -z "$2" ]; then\n    return 2\n  else\n    return 3\n  fi\n}',
    'while read -r line; do\n  if [ "$line" = end ]; then\n    break\n  fi\n  echo "$line"\ndone',
    // zsh's `(N)` glob qualifier is no bash: the grammar ends the `if` early, and `fi` reads as a command.
    'xc() {\n  files=(${1:-.}/*.xcodeproj(N))\n\n  if [[ ${#files} -eq 0 ]]; then\n    return 1\n  fi\n' +
      '  open "$files[1]"\n}',
    // zsh closes a block right after `return 1` (powerlevel10k's configure.zsh): bash reads `}` as an argument.
    'f() {\n  [[ -n $TERM ]] || { print -r -- "no terminal"; return 1 }\n  print -r -- ok\n}',
  ],
  invalid: [
    {
      code: 'if [ -z "$1" ]; then\n  exit 1\n  echo "usage: $0 FILE"\nfi',
      errors: [{ line: 3, message: 'Unreachable code: the command before it always leaves this block.' }],
    },
    { code: 'check() {\n  return 1\n  echo never\n}', errors: [{ line: 3 }] },
    { code: '#!/bin/sh\nexit 0\nrm -rf /tmp/x', errors: [{ line: 3 }] },
    {
      code: 'while true; do\n  break\n  sleep 1\ndone\nif a; then :; else\n  exit 2\n  cleanup\nfi',
      errors: [{ line: 3 }, { line: 7 }],
    },
    // A test script that exits before its last cases (tmux's regress/decrqm-sync.sh).
    {
      code: 'run_test 4\n$TMUX kill-server 2>/dev/null\n\nexit $exit_status\n\n# Test 5\nrun_test 5',
      errors: [{ line: 7 }],
    },
    // A `fi` the grammar reads in its place does not hide code after a jump in a block it did read.
    {
      code: 'f() {\n  return 0\n  echo never\n}\nif true; then\n  exit 0\n  echo never\nfi',
      errors: [{ line: 3 }, { line: 7 }],
    },
  ],
});
