import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDirectory } from '../analyze.js';
import { clippyLevelSetting, clippyTableEnables, crateAttributesLevel } from './clippy-opt-in.js';

const NAMES = ['undocumented_unsafe_blocks', 'restriction'];
const UNSAFE = 'pub fn first(v: &[u8]) -> u8 {\n    unsafe { *v.as_ptr() }\n}\n';

describe('clippyTableEnables and crateAttributesLevel', () => {
  it.each([
    [{ restriction: 'warn' }, true],
    [{ undocumented_unsafe_blocks: { level: 'deny', priority: 1 } }, true],
    [{ restriction: 'warn', undocumented_unsafe_blocks: 'allow' }, false],
    [{ pedantic: 'warn', all: 'deny' }, undefined],
    [undefined, undefined],
  ])('%j → %s', (table, enabled) => {
    expect(clippyTableEnables(table, NAMES)).toBe(enabled);
  });

  it('reads inner attributes that name the lint or its group, the last one deciding', () => {
    expect(crateAttributesLevel('#![deny(missing_docs, clippy::undocumented_unsafe_blocks)]\n', NAMES)).toBe(true);
    expect(crateAttributesLevel('#![warn(clippy::restriction)]\n', NAMES)).toBe(true);
    expect(crateAttributesLevel('#![warn(clippy::pedantic)]\n#![allow(clippy::restriction)]\n', NAMES)).toBe(false);
    const restrictionThenAllow = '#![warn(clippy::restriction)]\n#![allow(clippy::undocumented_unsafe_blocks)]\n';
    expect(crateAttributesLevel(restrictionThenAllow, NAMES)).toBe(false);
    expect(crateAttributesLevel('#![warn(clippy::pedantic)]\n', NAMES)).toBeUndefined();
  });
});

describe('a project whose crates opt into undocumented_unsafe_blocks', () => {
  let dir = '';
  afterEach(async () => rm(dir, { recursive: true, force: true }));
  const project = async (files: Record<string, string>) => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-clippy-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
  };
  const WORKSPACE = {
    'Cargo.toml': '[workspace]\nmembers = ["a", "b", "c"]\n\n[workspace.lints.clippy]\nrestriction = "warn"\n',
    'a/Cargo.toml': '[package]\nname = "a"\n\n[lints]\nworkspace = true\n',
    'a/src/lib.rs': UNSAFE,
    'b/Cargo.toml': '[package]\nname = "b"\n',
    'b/src/lib.rs': UNSAFE,
    'c/Cargo.toml': '[package]\nname = "c"\n',
    'c/src/lib.rs': '#![deny(clippy::undocumented_unsafe_blocks)]\n' + UNSAFE,
    'c/bindings/Cargo.toml': '[package]\nname = "c-sys"\n',
    'c/bindings/src/lib.rs': UNSAFE,
  };

  it('switches the rule on in the crates that enable the lint, through the workspace or the crate root', async () => {
    await project(WORKSPACE);
    const files = Object.keys(WORKSPACE).filter((name) => name.endsWith('.rs'));
    expect(await clippyLevelSetting(dir, files, NAMES, false)).toEqual({
      only: ['a/**', 'c/**'],
      exclude: ['c/bindings/**'],
    });
  });

  it('reports unsafe blocks only there, and nowhere in a project that does not opt in', async () => {
    await project(WORKSPACE);
    const analysis = await analyzeDirectory(dir, { threads: 0, linters: false });
    const found = analysis.violations.filter((violation) => violation.rule === 'rust/undocumented-unsafe-block');
    expect(found.map((violation) => violation.filename).sort()).toEqual(['a/src/lib.rs', 'c/src/lib.rs']);
    await rm(dir, { recursive: true, force: true });
    await project({
      'Cargo.toml': '[package]\nname = "p"\n\n[lints.clippy]\npedantic = "warn"\n',
      'src/lib.rs': UNSAFE,
    });
    const plain = await analyzeDirectory(dir, { threads: 0, linters: false });
    expect(plain.violations.filter((violation) => violation.rule === 'rust/undocumented-unsafe-block')).toEqual([]);
  });

  it('lets .plumb.yml switch it on everywhere', async () => {
    await project({
      'Cargo.toml': '[package]\nname = "p"\n',
      'src/lib.rs': UNSAFE,
      '.plumb.yml': 'rules:\n  rust/undocumented-unsafe-block: on\n',
    });
    const analysis = await analyzeDirectory(dir, { threads: 0, linters: false });
    expect(analysis.violations.filter((violation) => violation.rule === 'rust/undocumented-unsafe-block')).toHaveLength(
      1,
    );
  });
});

describe('a project whose Cargo lints allow a default-on lint', () => {
  let dir = '';
  afterEach(async () => rm(dir, { recursive: true, force: true }));
  const NEEDLESS = 'pub fn one() -> u8 {\n    return 1;\n}\n';
  // Cargo's own layout: the root is a package and the workspace, allowing all of Clippy but what it names.
  const CARGO_LIKE = {
    'Cargo.toml':
      '[workspace]\nmembers = ["crates/*"]\n\n[workspace.lints.clippy]\nall = { level = "allow", priority = -1 }\n' +
      'dbg_macro = "warn"\n\n[package]\nname = "root"\n\n[lints]\nworkspace = true\n',
    'src/lib.rs': NEEDLESS + 'pub fn shown(x: u8) -> u8 {\n    dbg!(x)\n}\n',
    'crates/inherits/Cargo.toml': '[package]\nname = "inherits"\n\n[lints]\nworkspace = true\n',
    'crates/inherits/src/lib.rs': NEEDLESS,
    'crates/own/Cargo.toml': '[package]\nname = "own"\n',
    'crates/own/src/lib.rs': NEEDLESS + 'pub fn shown(x: u8) -> u8 {\n    dbg!(x)\n}\n',
    'crates/quiet/Cargo.toml': '[package]\nname = "quiet"\n',
    'crates/quiet/src/lib.rs': '#![allow(clippy::needless_return)]\n' + NEEDLESS,
  };

  it('reports a default-on lint only where not allowed, and a restriction lint where warned', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plumb-clippy-'));
    for (const [name, text] of Object.entries(CARGO_LIKE)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
    const analysis = await analyzeDirectory(dir, { threads: 0, linters: false });
    const places = (rule: string) =>
      analysis.violations.filter((violation) => violation.rule === rule).map((violation) => violation.filename);
    expect(places('rust/needless-return').sort()).toEqual(['crates/own/src/lib.rs']);
    expect(places('rust/dbg-macro').sort()).toEqual(['src/lib.rs']);
  });
});
