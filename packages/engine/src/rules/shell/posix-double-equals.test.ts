import { testRule } from '../rule-tester.case.js';
import { rule } from './posix-double-equals.js';

testRule(rule, {
  valid: [
    '#!/bin/sh\nif [ "$1" = start ]; then :; fi',
    '#!/bin/bash\nif [ "$1" == start ]; then :; fi',
    '#!/usr/bin/env bash\n[ "$a" == b ]',
    '[ "$a" == b ]',
    '#!/bin/sh\ncase "$x" in a) :;; esac',
  ],
  invalid: [
    {
      code: '#!/bin/sh\nif [ "$1" == start ]; then\n  run\nfi',
      errors: [{ line: 2, message: '`==` in `[ ]` is not POSIX and fails under dash.' }],
    },
    { code: '#!/usr/bin/env sh\n[ "$a" == b ] && [ "$c" == d ]', errors: [{ line: 2 }, { line: 2 }] },
    { code: '#!/bin/dash\nf() {\n  [ "$x" == y -o "$z" = w ]\n}', errors: [{ line: 3 }] },
  ],
});
