import { testRule } from '../rule-tester.case.js';
import { rule } from './rm-unguarded-variable.js';

testRule(rule, {
  valid: [
    // Checked non-empty before the rm: the script has exited if it is empty.
    'plat="$1"\n[ -z "$plat" ] && exit 1\nrm -rf "$plat/tmp"',
    'dir=$1\n[[ -n $dir ]] || return 1\nrm -rf "$dir"/*',
    'dir=$(pick)\n: "${dir:?no directory}"\nrm -rf "$dir/"*',
    'rm -rf "${build_dir:?}/"*',
    'rm -rf "$build_dir"',
    'rm -f "$dir/file.txt"',
    'rm -rf "$HOME/.cache/app"',
    'rm -rf "${OUT:-.}/tmp"',
    'rm -rf ./build/*',
    'rm -rf "$(pwd)/build"',
    'echo rm -rf "$dir/"*',
    // nvm's tests: an empty NVM_DIR names a `/v0.9.1` that does not exist.
    'rm -rf "${NVM_DIR}/v0.9.1"',
    'rm -rf "${NVM_DIR}/versions/io.js/v0.2.1"',
    'rm -rf ${NVM_DIR}/v*',
    'rm -r ${cwd}/build/ios/{i386,x86_64,arm64}',
    // nvm: the second variable is guarded, so the path is never `/`.
    'rm -rf "${NVM_DIR}/${TEST_VERSION:?}" .nvmrc',
    // netty's generate_docs.sh: the variable holds literal text whatever `$1` is.
    'WEBSITE_API_DIR="$1"/"$VERSION"/api/\nrm -rf "$WEBSITE_API_DIR"/*',
  ],
  invalid: [
    // A check after the rm comes too late; a check of another variable guards nothing.
    { code: 'dir=$1\nrm -rf "$dir/"*\n[ -z "$dir" ] && exit 1', errors: [{ line: 2 }] },
    { code: 'dir=$1\n[ -z "$other" ] && exit 1\nrm -rf "$dir/"*', errors: [{ line: 3 }] },
    // A -z test that does not exit is no guard.
    { code: 'dir=$1\n[ -z "$dir" ] && echo empty\nrm -rf "$dir/"*', errors: [{ line: 3 }] },
    {
      code: '#!/bin/sh\nrm -rf "$build_dir/"*',
      errors: [{ line: 2, message: '`rm -r "$build_dir/"*` deletes from / if the variable is empty.' }],
    },
    { code: 'rm -rf $PREFIX/lib ${DEST}/bin', errors: [{ line: 1 }, { line: 1 }] },
    { code: 'clean() {\n  rm -r --force "$1/$2"\n}', errors: [{ line: 2 }] },
    { code: 'rm --recursive "$tmp"/*', errors: [{ line: 1 }] },
    { code: 'rm -rf "$plat/tmp" "$root/usr/"*', errors: [{ line: 1 }, { line: 1 }] },
    { code: 'rm -rf $DEST/{bin,share}', errors: [{ line: 1 }] },
    { code: 'rm -rf "${NVM_DIR}/${TEST_NODE_VERSION}"', errors: [{ line: 1 }] },
    { code: 'dir=\nrm -rf "$dir"/*', errors: [{ line: 2 }] },
    { code: 'dir="$1"\nrm -rf "$dir"/*', errors: [{ line: 2 }] },
  ],
});
