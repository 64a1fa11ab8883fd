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
  ],
});
