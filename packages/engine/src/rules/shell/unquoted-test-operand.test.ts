import { testRule } from '../rule-tester.case.js';
import { rule } from './unquoted-test-operand.js';

testRule(rule, {
  valid: [
    // The is-it-set idiom expands to a plain word or to nothing.
    'if [ -z ${FZF_COMMAND+x} ]; then\n  FZF_COMMAND=fd\nfi',
    'if [ "$x" = y ]; then :; fi',
    '[[ $x == y ]]',
    '[ $# -eq 0 ]',
    '[ "$count" -gt 3 ]',
    '[ $count -gt 3 ]',
    '[ ${#name} = 0 ]',
    '[ -n "$x" ] && [ -f "$(which git)" ]',
    '[ $? = 0 ]',
    'test "$x" = y',
    'verbose=false\n[ "$1" = -v ] && verbose=true\nif [ $verbose = true ]; then :; fi',
    'code=$?\n[ $code = 0 ] || exit',
    // nvm's tests: `expr` and `wc -l` print a number.
    '[ `expr "$PATH" : ".*v0.2.3/.*/bin.*"` = 0 ] || die "PATH not cleaned properly"',
    "[ $(nvm alias test-stable-1 | wc -l) = '2' ]",
    // nvm's tests capture an exit status: `$(…; echo $?)` prints a number.
    'EXIT_CODE=$(nvm_resolve_alias nonexistent ; echo $?)\n[ $EXIT_CODE = "2" ] || die "got $EXIT_CODE"',
    '[ $(nvm_alias foo >/dev/null 2>&1; echo "$?") = 1 ]',
    'EXIT_CODE="$(nvm_resolve_alias a 2>&1 >/dev/null; echo $?)"\n[ $EXIT_CODE = 0 ] || die',
    // fzf's install: a loop over a split list never yields a value with spaces.
    'shells="bash zsh fish"\nfor shell in $shells; do\n  [ $shell = zsh ] && dest=~/.zshrc\ndone',
    // Equality with a plain word fails closed: a split, empty or globbed value makes the test false, the right answer.
    // redis's init script: words joined with a variable that only
    // holds a number hold no spaces either, wherever it is assigned.
    'PORT=6379\nPIDFILE=/var/run/redis_${PORT}.pid\nCONF="/etc/redis/$PORT.conf"\n' +
      'if [ -f $PIDFILE ] && [ -r $CONF ]; then :; fi',
    'LOG=$DIR/out.log\nDIR=/tmp/run\n[ -f $LOG ]',
    '[ $(test-npmlink) = \'ok\' ] || die "failed to run test-npmlink"',
    '[ $mode == "fast" ] && echo fast\n[ fast = $mode ]\nname=$(whoami)\nif [ $name = root ]; then :; fi',
    // zsh splits and globs no parameter: alone in its test, an empty one reads as false, as quoted (oh-my-zsh).
    { code: '[ $commands[invoke] ] && source <(invoke --print-completion-script=zsh)', filename: 'invoke.plugin.zsh' },
    { code: 'if [ $commands[kubectl] ]; then :; fi', filename: 'themes/kube.zsh-theme' },
    { code: '#compdef wd\n[ $WD_CONFIG ] && echo set', filename: '_wd' },
    { code: '#!/usr/bin/env zsh\n[ ${PWD} ]', filename: 'bin/where' },
    // Joined with text, a zsh parameter neither vanishes nor splits (oh-my-zsh's prompt_info_functions.zsh).
    { code: '[ -f $HOME/.rvm/bin/rvm-prompt ] || return 1', filename: 'lib/prompt_info_functions.zsh' },
  ],
  invalid: [
    { code: 'if [ -z ${name:-$(whoami)} ]; then\n  exit 1\nfi', errors: [{ line: 1 }] },
    {
      code: '#!/bin/sh\nif [ -n $name ]; then :; fi',
      errors: [{ line: 2, message: 'Unquoted `$name` in a `[ ]` test is split and globbed.' }],
    },
    { code: '[ $mode != fast ] && echo slow', errors: [{ line: 1 }] },
    { code: '[ "$a" = x -o ${b} != y ]\n[ -f $dir/conf ]', errors: [{ line: 1 }, { line: 2 }] },
    { code: '[ $x ]\n[ -z $(git status --porcelain) ]', errors: [{ line: 1 }, { line: 2 }] },
    { code: 'name=$(whoami)\n[ $name != root ]\nmode="fast mode"\n[ $mode != x ]', errors: [{ line: 2 }, { line: 4 }] },
    { code: 'n=1\nn=$1\n[ $n != 1 ]', errors: [{ line: 3 }] },
    { code: '[ $(wc -l < "$f" | tr -d " ") != 0 ]\n[ $(expr_tool) != 1 ]', errors: [{ line: 1 }, { line: 2 }] },
    // `echo $?` first, or `echo` of something else last, does not make the output a number.
    {
      code: `out=$(echo $?; cat "$f")
[ $out != 0 ]
[ $(run; echo "$name") != x ]
v="$(run; echo $?) $HOME"
[ $v != 0 ]`,
      errors: [{ line: 2 }, { line: 3 }, { line: 5 }],
    },
    // Equality fails closed only alone, against a non-empty plain word: an empty
    // value against `''` reads as "not equal", `!` turns a failing `[` into "true",
    // `-o` hides the other comparison, and two expansions may both be empty.
    {
      code: '[ $x = \'\' ] && echo empty\n[ $x = "a b" ]\n[ ! $x = ok ]\n[ $x = $y ]',
      errors: [{ line: 1 }, { line: 2 }, { line: 3 }, { line: 4 }, { line: 4 }],
    },
    { code: '[ $x = ok -o $y = no ]\n[ $x = "$HOME" ]', errors: [{ line: 1 }, { line: 1 }, { line: 2 }] },
    // A joined value is as spaceful as its most spaceful part: an
    // argument, an unassigned variable, a `${x:-…}` default, a space.
    {
      code:
        'PIDFILE=/var/run/redis_${1}.pid\n[ -f $PIDFILE ]\nCONF=$HOME/redis.conf\n[ -f $CONF ]\n' +
        'D=${PORT:-a b}/x\n[ -d $D ]\nE="/tmp/a b"\n[ -d $E ]',
      errors: [{ line: 2 }, { line: 4 }, { line: 6 }, { line: 8 }],
    },
    // A variable that expands one with spaces, assigned later, is spaceful; so is a cycle fed from outside.
    { code: 'A=$B/x\nB="a b"\n[ -f $A ]\nC=$D\nD=$C\nD=$1\n[ -n $C ]', errors: [{ line: 3 }, { line: 7 }] },
    {
      code: 'for f in "$@"; do\n  [ -f $f ] && echo "$f"\ndone\nfor g in *.txt; do [ -f $g ]; done',
      errors: [{ line: 2 }, { line: 4 }],
    },
    // In sh and bash the same test globs `[invoke]`; the message shows the operand whole.
    {
      code: '[ $commands[invoke] ] && echo ok',
      errors: [{ line: 1, message: 'Unquoted `$commands[invoke]` in a `[ ]` test is split and globbed.' }],
    },
    // In zsh, an operand of an operator still vanishes when empty, and a command substitution is still split.
    {
      code: '[ -n $x ] && echo set\n[ $x != ok ]',
      filename: 'lib/cli.zsh',
      errors: [
        { line: 1, message: 'Unquoted `$x` in a `[ ]` test disappears when empty.' },
        { line: 2, message: 'Unquoted `$x` in a `[ ]` test disappears when empty.' },
      ],
    },
    {
      code: '[ $(git branch --show-current) ]',
      filename: 'git.plugin.zsh',
      errors: [{ line: 1, message: 'Unquoted `$(git branch --show-current)` in a `[ ]` test is split.' }],
    },
  ],
});
