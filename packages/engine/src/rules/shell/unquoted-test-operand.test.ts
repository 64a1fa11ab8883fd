import { testRule } from '../rule-tester.case.js';
import { rule } from './unquoted-test-operand.js';

testRule(rule, {
  valid: [
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
  ],
  invalid: [
    { code: '#!/bin/sh\nif [ -n $name ]; then :; fi', errors: [{ line: 2, message: 'Unquoted `$name` in a `[ ]` test is split and globbed.' }] },
    { code: '[ $mode = fast ] && echo fast', errors: [{ line: 1 }] },
    { code: '[ "$a" = x -o ${b} != y ]\n[ -f $dir/conf ]', errors: [{ line: 1 }, { line: 2 }] },
    { code: '[ $x ]\n[ -z $(git status --porcelain) ]', errors: [{ line: 1 }, { line: 2 }] },
    { code: 'name=$(whoami)\n[ $name = root ]\nmode="fast mode"\n[ $mode = x ]', errors: [{ line: 2 }, { line: 4 }] },
    { code: 'n=1\nn=$1\n[ $n = 1 ]', errors: [{ line: 3 }] },
  ],
});
