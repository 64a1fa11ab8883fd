import { testRule } from '../rule-tester.case.js';
import { rule } from './read-without-r.js';

testRule(rule, {
  valid: [
    // zsh's `read -cA` reads the words being completed, not an input line.
    { code: 'read -cA words\necho "$words"', filename: 'completions/tool.zsh' },
    { code: '#compdef tool\nread -l line\necho "$line"', filename: '_tool' },
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
    // zsh's plain `read` escapes backslashes too.
    { code: 'read line\necho "$line"', filename: 'plugin.zsh', errors: [{ line: 1 }] },
    // `-c` is zsh's: in a POSIX-family script it is no reason to skip.
    { code: '#!/bin/bash\nread -cA words\necho "$words"', errors: [{ line: 2 }] },
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
