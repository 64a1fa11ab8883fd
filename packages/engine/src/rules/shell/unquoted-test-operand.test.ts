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
  ],
  invalid: [
    { code: '#!/bin/sh\nif [ -n $name ]; then :; fi', errors: [{ line: 2, message: 'Unquoted `$name` in a `[ ]` test is split and globbed.' }] },
    { code: '[ $mode = fast ] && echo fast', errors: [{ line: 1 }] },
    { code: '[ "$a" = x -o ${b} != y ]\n[ -f $dir/conf ]', errors: [{ line: 1 }, { line: 2 }] },
    { code: '[ $x ]\n[ -z $(git status --porcelain) ]', errors: [{ line: 1 }, { line: 2 }] },
  ],
});
