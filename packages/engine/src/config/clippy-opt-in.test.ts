import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeDirectory } from '../analyze.js';
import { clippyOptInSetting, clippyTableEnables, crateAttributesEnable } from './clippy-opt-in.js';

const NAMES = ['undocumented_unsafe_blocks', 'restriction'];
const UNSAFE = 'pub fn first(v: &[u8]) -> u8 {\n    unsafe { *v.as_ptr() }\n}\n';

describe('clippyTableEnables and crateAttributesEnable', () => {
  it.each([
    [{ restriction: 'warn' }, true],
    [{ undocumented_unsafe_blocks: { level: 'deny', priority: 1 } }, true],
    [{ restriction: 'warn', undocumented_unsafe_blocks: 'allow' }, false],
    [{ pedantic: 'warn', all: 'deny' }, undefined],
    [undefined, undefined],
  ])('%j → %s', (table, enabled) => {
    expect(clippyTableEnables(table, NAMES)).toBe(enabled);
  });

  it('reads warn, deny and forbid inner attributes that name the lint or its group', () => {
    expect(crateAttributesEnable('#![deny(missing_docs, clippy::undocumented_unsafe_blocks)]\n', NAMES)).toBe(true);
    expect(crateAttributesEnable('#![warn(clippy::restriction)]\n', NAMES)).toBe(true);
    expect(crateAttributesEnable('#![warn(clippy::pedantic)]\n#![allow(clippy::restriction)]\n', NAMES)).toBe(false);
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
    expect(await clippyOptInSetting(dir, files, NAMES)).toEqual({
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
