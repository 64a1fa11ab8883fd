import { testRule } from '../rule-tester.case.js';
import { rule } from './read-without-r.js';

testRule(rule, {
  valid: [
    'while IFS= read -r line; do :; done < f',
    'read -rp "Name: " name',
    'read -p "Name: " -r name',
    'echo read line',
    'read -ra parts <<< "$s"',
    'echo "Press Enter"\nread',
    'cmd | read && echo has-output',
    // A value the script never expands cannot be mangled (redis utils/releasetools/04_release_hash.sh).
    'echo "Press any key to continue"\nread yes\ngit push',
    'read -p "Press ENTER" _',
    'read -p "Continue? " -t 5 answer\necho done',
  ],
  invalid: [
    {
      code: 'while read line; do\n  echo "$line"\ndone < files.txt',
      errors: [{ line: 1, message: '`read` without `-r` mangles backslashes.' }],
    },
    { code: '#!/bin/bash\nread -p "Continue? " answer\n[ "$answer" = y ] || exit', errors: [{ line: 2 }] },
    {
      code: 'ask() {\n  read -s password\n  read -a words\n}\necho "$password ${words[0]}"',
      errors: [{ line: 2 }, { line: 3 }],
    },
    // Used in arithmetic without a `$`, or through `$REPLY`, it is read.
    { code: 'read n\nif (( n > 2 )); then echo big; fi', errors: [{ line: 1 }] },
    { code: 'read -p "Name: "\necho "$REPLY"', errors: [{ line: 1 }] },
    { code: 'read -p "Name? " name\necho "${name}"', errors: [{ line: 1 }] },
  ],
});
