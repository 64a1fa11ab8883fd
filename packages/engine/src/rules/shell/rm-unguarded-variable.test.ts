import { testRule } from '../rule-tester.case.js';
import { rule } from './rm-unguarded-variable.js';

testRule(rule, {
  valid: [
    'rm -rf "${build_dir:?}/"*',
    'rm -rf "$build_dir"',
    'rm -f "$dir/file.txt"',
    'rm -rf "$HOME/.cache/app"',
    'rm -rf "${OUT:-.}/tmp"',
    'rm -rf ./build/*',
    'rm -rf "$(pwd)/build"',
    'echo rm -rf "$dir/"*',
  ],
  invalid: [
    { code: '#!/bin/sh\nrm -rf "$build_dir/"*', errors: [{ line: 2, message: '`rm -r "$build_dir/"*` deletes from / if the variable is empty.' }] },
    { code: 'rm -rf $PREFIX/lib ${DEST}/bin', errors: [{ line: 1 }, { line: 1 }] },
    { code: 'clean() {\n  rm -r --force "$1/$2"\n}', errors: [{ line: 2 }] },
    { code: 'rm --recursive "$tmp"/*', errors: [{ line: 1 }] },
  ],
});
