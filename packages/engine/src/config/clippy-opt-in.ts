import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'smol-toml';
import { BUILT_IN_RULES } from '../rules/index.js';
import type { Rule } from '../rules/types.js';
import type { RuleSetting } from './schema.js';
import { isRecord } from './is-record.js';

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** A Cargo manifest's parsed table, or undefined when it is missing or not valid TOML. */
async function readManifest(file: string): Promise<Record<string, unknown> | undefined> {
  const text = await readText(file);
  if (text === undefined) return undefined;
  try {
    return parse(text);
  } catch {
    return undefined;
  }
}

const ON_LEVELS = new Set(['warn', 'deny', 'forbid']);

/**
 * What a `[lints.clippy]` table says of a lint whose names are `[lint, group]`: the lint's own entry wins over its
 * group's (`restriction = "warn"` with `undocumented_unsafe_blocks = "allow"` is off); undefined when neither is set.
 */
export function clippyTableEnables(table: unknown, names: readonly string[]): boolean | undefined {
  if (!isRecord(table)) return undefined;
  for (const name of names) {
    const entry = table[name];
    const level = isRecord(entry) ? entry.level : entry;
    if (typeof level === 'string') return ON_LEVELS.has(level);
  }
  return undefined;
}

/**
 * What a crate root's inner attributes say of a lint whose names are `[lint, group]`: the last attribute naming one
 * wins, as rustc applies them in order (`#![warn(clippy::restriction)]` then `#![allow(clippy::x)]` leaves x off);
 * undefined when none names it.
 */
export function crateAttributesLevel(source: string, names: readonly string[]): boolean | undefined {
  let enabled: boolean | undefined;
  for (const match of source.matchAll(/#!\[\s*(allow|expect|warn|deny|forbid)\s*\(([^)]*)\)\s*\]/g))
    if (names.some((name) => new RegExp(`\\bclippy::${name}\\b`).test(match[2] ?? '')))
      enabled = ON_LEVELS.has(match[1] ?? '');
  return enabled;
}

/** The crates of a project: each folder holding a `Cargo.toml` with a `[package]`, found above its Rust files. */
class Crates {
  private readonly manifests = new Map<string, Promise<Record<string, unknown> | undefined>>();

  constructor(private readonly root: string) {}

  manifest(dir: string): Promise<Record<string, unknown> | undefined> {
    let found = this.manifests.get(dir);
    if (!found) {
      found = readManifest(path.join(this.root, dir, 'Cargo.toml'));
      this.manifests.set(dir, found);
    }
    return found;
  }

  /** The folder of the nearest `Cargo.toml` at or above `dir` that passes `accept`, '' being the root. */
  async nearest(dir: string, accept: (manifest: Record<string, unknown>) => boolean): Promise<string | undefined> {
    for (let current = dir; ; current = path.posix.dirname(current)) {
      const folder = current === '.' ? '' : current;
      const manifest = await this.manifest(folder);
      if (manifest && accept(manifest)) return folder;
      if (folder === '') return undefined;
    }
  }

  /**
   * What the crate in `dir` says of the lint: its root's attributes, which override Cargo's lints, then its manifest,
   * then its workspace's (`lints.workspace = true`); undefined when nothing names it.
   */
  async level(dir: string, names: readonly string[]): Promise<boolean | undefined> {
    for (const file of ['src/lib.rs', 'src/main.rs']) {
      const source = await readText(path.join(this.root, dir, file));
      const attributed = source === undefined ? undefined : crateAttributesLevel(source, names);
      if (attributed !== undefined) return attributed;
    }
    const manifest = (await this.manifest(dir)) ?? {};
    const lints = isRecord(manifest.lints) ? manifest.lints : {};
    const enabled = clippyTableEnables(lints.clippy, names);
    if (enabled !== undefined || lints.workspace !== true) return enabled;
    const root = await this.nearest(dir, (candidate) => isRecord(candidate.workspace));
    const workspace = root === undefined ? {} : ((await this.manifest(root))?.workspace as Record<string, unknown>);
    return clippyTableEnables(isRecord(workspace.lints) ? workspace.lints.clippy : undefined, names);
  }
}

const under = (dir: string) => (dir === '' ? '**' : `${dir}/**`);

/**
 * The setting that follows the Clippy configuration of each crate for a rule mirroring a lint: an off-by-default rule
 * comes on in the crates that enable the lint, a default-on rule goes off in those that allow it; undefined when no
 * crate changes the rule's default.
 */
export async function clippyLevelSetting(
  root: string,
  rustFiles: readonly string[],
  names: readonly string[],
  onByDefault: boolean,
  // One per run: its manifests and crate roots are read once, whatever the number of rules asking.
  crates = new Crates(root),
): Promise<RuleSetting | undefined> {
  const dirs = new Set<string>();
  const loose: string[] = [];
  for (const file of rustFiles) {
    const dir = await crates.nearest(path.posix.dirname(file), (manifest) => isRecord(manifest.package));
    if (dir === undefined) loose.push(file);
    else dirs.add(dir);
  }
  const enabled: string[] = [];
  const disabled: string[] = [];
  for (const dir of [...dirs].sort())
    (((await crates.level(dir, names)) ?? onByDefault) ? enabled : disabled).push(dir);
  if (onByDefault ? disabled.length === 0 : enabled.length === 0) return undefined;
  const inside = (dir: string) => enabled.some((outer) => outer === '' || dir.startsWith(`${outer}/`));
  // A file in no crate keeps the rule's default.
  const only = [...enabled.map(under), ...(onByDefault ? loose : [])];
  return { only, exclude: disabled.filter(inside).map(under) };
}

const clippyRules = (): Rule[] =>
  Object.values(BUILT_IN_RULES)
    .flatMap((list) => list ?? [])
    .filter((rule) => rule.meta.equivalents?.clippy);

const GROUPS = new Set([
  'correctness',
  'suspicious',
  'style',
  'complexity',
  'perf',
  'pedantic',
  'restriction',
  'nursery',
  'cargo',
]);
/** The groups Clippy leaves off, which `clippy::all` does not hold either. */
const OPT_IN_GROUPS = new Set(['pedantic', 'restriction', 'nursery', 'cargo']);

/**
 * The names that decide a rule's level in a crate, its lint's first. A default-on rule follows its group and
 * `clippy::all`; an off-by-default one comes on by its group only when Clippy leaves that group off too (a project
 * warning on `complexity` has not asked for Plumb's threshold rules).
 */
function lintNames(rule: Rule, onByDefault: boolean): string[] {
  const names = [rule.meta.equivalents?.clippy ?? []].flat();
  if (names.some((name) => OPT_IN_GROUPS.has(name))) return names;
  return onByDefault ? [...names, 'all'] : names.filter((name) => !GROUPS.has(name));
}

/**
 * `rules` with the rules that mirror a Clippy lint following each crate's Clippy configuration: an off-by-default one
 * (`rust/undocumented-unsafe-block`) on where the project enables the lint, a default-on one (`rust/needless-return`)
 * off where it allows the lint, its group or `clippy::all`; a rule `.plumb.yml` already sets is left as it says.
 */
export async function withClippyLevels(
  root: string,
  rustFiles: readonly string[],
  rules: Readonly<Record<string, RuleSetting>>,
): Promise<Record<string, RuleSetting>> {
  const result = { ...rules };
  if (rustFiles.length === 0) return result;
  const crates = new Crates(root);
  for (const rule of clippyRules()) {
    if (rule.meta.id in rules || `plumb/${rule.meta.id}` in rules) continue;
    const onByDefault = rule.meta.enabledByDefault !== false;
    const setting = await clippyLevelSetting(root, rustFiles, lintNames(rule, onByDefault), onByDefault, crates);
    if (setting) result[rule.meta.id] = setting;
  }
  return result;
}
