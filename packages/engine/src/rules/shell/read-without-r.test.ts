import { testRule } from '../rule-tester.case.js';
import { rule } from './read-without-r.js';

testRule(rule, {
  valid: ['while IFS= read -r line; do :; done < f', 'read -rp "Name: " name', 'read -p "Name: " -r name', 'echo read line', 'read -ra parts <<< "$s"', 'echo "Press Enter"\nread', 'cmd | read && echo has-output'],
  invalid: [
    { code: 'while read line; do\n  echo "$line"\ndone < files.txt', errors: [{ line: 1, message: '`read` without `-r` mangles backslashes.' }] },
    { code: '#!/bin/bash\nread -p "Continue? " answer', errors: [{ line: 2 }] },
    { code: 'ask() {\n  read -s password\n  read -a words\n}', errors: [{ line: 2 }, { line: 3 }] },
  ],
});
