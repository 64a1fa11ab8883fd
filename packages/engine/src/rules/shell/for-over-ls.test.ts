import { testRule } from '../rule-tester.case.js';
import { rule } from './for-over-ls.js';

testRule(rule, {
  valid: [
    'for f in ./*.log; do gzip "$f"; done',
    'for f in $(find . -name "*.log"); do :; done',
    'for f in $(ls | grep log); do :; done',
    'files=$(ls)',
    'for pkg in $(cat list.txt); do :; done',
  ],
  invalid: [
    {
      code: 'for f in $(ls *.log); do\n  gzip "$f"\ndone',
      errors: [{ line: 1, message: 'Iterating over `ls` output breaks on file names with spaces or globs.' }],
    },
    { code: '#!/bin/sh\nfor d in `ls -d */`; do\n  echo "$d"\ndone', errors: [{ line: 2 }] },
    { code: 'main() {\n  for x in $(ls "$dir"); do :; done\n}', errors: [{ line: 2 }] },
  ],
});
