import { testRule } from '../rule-tester.case.js';
import { rule } from './cd-without-exit.js';

testRule(rule, {
  valid: [
    'cd "$dir" || exit 1',
    'cd "$dir" && make',
    // A Bats helper: Bats runs set-ups and tests with errexit.
    'setup_file() {\n  cd "$BATS_FILE_TMPDIR"\n  git init\n}',
    // The branch runs only when the directory is there.
    'if [[ -d "$2" ]]\nthen\n  cd $2\nelse\n  echo missing\nfi',
    // The last of a chain of fallback directories.
    '#!/bin/sh\ncd "$initial_cwd" || cd / || cd /tmp\nchmod -R u+rwx "$test_dir"',
    '#!/bin/sh\ncd "$HOME" || cd /tmp\nls',
    'if cd "$dir"; then\n  make\nfi',
    '#!/bin/bash\nset -euo pipefail\ncd "$dir"\nmake',
    '#!/bin/sh -e\ncd /tmp',
    'set -o errexit\ncd x',
    'cd ..',
    '{ cd x; make; } || exit 1',
    'pushd -n /tmp',
    'echo cd /tmp',
    // The last command of an interactive function (mathiasbynens/dotfiles) or of the script: nothing runs after it.
    { filename: '.functions', code: 'function mkd() {\n\tmkdir -p "$@" && cd "$_";\n}' },
    {
      filename: 'home/.bashrc',
      code: 'cdf() { # short for `cdfinder`\n\tcd "$(osascript -e \'tell app "Finder"\')";\n}',
    },
    '#!/bin/sh\nmake\ncd /tmp\n# done',
  ],
  invalid: [
    // The else branch runs when the directory is missing; another directory was tested.
    {
      code: 'if [ -d "$a" ]; then\n  :\nelse\n  cd "$a"\nfi\nif [ -d "$a" ]; then\n  cd "$b"\nfi',
      errors: [{ line: 4 }, { line: 7 }],
    },
    { code: '#!/bin/sh\nmake || cd /tmp\nrm -rf ./*', errors: [{ line: 2 }] },
    {
      code: '#!/bin/sh\ncd "$build_dir"\nrm -rf ./*',
      errors: [{ line: 2, message: '`cd` can fail and the script would go on in the wrong directory.' }],
    },
    { code: 'build() {\n  pushd src\n  make\n  popd\n}', errors: [{ line: 2 }, { line: 4 }] },
    // In a script, a function's last `cd` is for its caller, which carries on there (git-ftp).
    {
      filename: 'git-ftp',
      code: '#!/usr/bin/env bash\ncheck() {\n\tcd "$top"\n}\ncheck\nrm -rf ./*',
      errors: [{ line: 3 }],
    },
    { code: 'deploy() {\n  cd "$1"\n  # then\n  ./run\n}\ncd /srv', errors: [{ line: 2 }] },
    { code: 'make && cd dist\nif true; then\n  cd /opt/app\nfi', errors: [{ line: 1 }, { line: 3 }] },
    { code: 'set +e\n(cd sub; make)', errors: [{ line: 2 }] },
  ],
});
