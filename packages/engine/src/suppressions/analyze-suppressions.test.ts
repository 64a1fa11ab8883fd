import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeDirectory } from '../analyze.js';
import { fakeSecret } from '../secrets/secret-tester.case.js';

// The project's own suppressions, each next to the same finding left unsuppressed.
const FILES: Record<string, string> = {
  'main.go': [
    'package main',
    '',
    'import "errors"',
    '',
    'func f() error {',
    '\t//lint:ignore ST1005 the product name is capitalised',
    '\t_ = errors.New("Plumb failed")',
    '\treturn errors.New("Failed")',
    '}',
    '',
  ].join('\n'),
  // Rust attributes reach the files of the modules they cover (len-zero is opt-in: switched on here).
  '.plumb.yml': 'rules:\n  rust/len-zero: on\n',
  'src/lib.rs': '#![allow(clippy::needless_return)]\nmod net;\n#[allow(clippy::len_zero)]\nmod generated;\n',
  'src/main.rs': 'fn main() -> () {\n    return ();\n}\n',
  'src/net/mod.rs': '#![allow(clippy::bool_comparison)]\nmod tcp;\npub fn f() -> u8 {\n    return 1;\n}\n',
  'src/net/tcp.rs': 'pub fn open(a: bool, v: Vec<u8>) -> bool {\n    a == true || v.len() == 0\n}\n',
  'src/generated.rs': 'pub fn empty(v: Vec<u8>, a: bool) -> bool {\n    v.len() == 0 || a == true\n}\n',
  'tool.py': 'import os  # plumb-ignore[ruff/F401]\nimport sys\n',
  'app.js':
    'export function f(a) {\n  debugger; // plumb-ignore[oxlint/eslint/no-debugger]\n  debugger;\n  return a;\n}\n',
  '.env': [
    '# plumb-ignore[secrets/github-token]',
    `GITHUB_TOKEN=${fakeSecret('ghp_', 36)}`,
    `GH_TOKEN=${fakeSecret('ghp_', 36)}`,
    '',
  ].join('\n'),
};

describe('analyzeDirectory: suppressions', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-suppressions-'));
    for (const [name, text] of Object.entries(FILES)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it('drops what the ecosystem’s comments and plumb-ignore cover, for every tool, and nothing else', async () => {
    const analysis = await analyzeDirectory(dir, { threads: 0 });
    const found = analysis.violations.map((v) => `${v.filename}:${v.line} ${v.tool}/${v.rule}`);
    expect(found).toEqual([
      '.env:3 plumb/secrets/github-token',
      'app.js:3 oxlint/eslint/no-debugger',
      'main.go:8 plumb/go/error-string-style',
      'src/generated.rs:2 plumb/rust/bool-comparison',
      'src/main.rs:2 plumb/rust/needless-return',
      'src/net/tcp.rs:2 plumb/rust/len-zero',
      'tool.py:2 ruff/F401',
    ]);
  });
});
