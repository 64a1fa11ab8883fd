import { testRule } from '../rule-tester.case.js';
import { rule } from './backticks.js';

testRule(rule, {
  valid: [
    // A grammar that lost track of quoting reads this comment's backticks as code; the line says it is a comment.
    'echo "unclosed\nthen # excerpt required by `head`\n"',
    'now=$(date +%s)',
    'echo "it costs \\`5\\`"',
    "echo 'run `make` first'",
    '# x=`date`\necho hi',
  ],
  invalid: [
    { code: '#!/bin/sh\nnow=`date +%s`', errors: [{ line: 2, message: 'Legacy backtick command substitution.' }] },
    { code: 'for f in `find . -name "*.sh"`; do\n  echo "$f"\ndone', errors: [{ line: 1 }] },
    { code: 'echo "host: `hostname`"\nv=$(echo `id -u`)', errors: [{ line: 1 }, { line: 2 }] },
  ],
});
