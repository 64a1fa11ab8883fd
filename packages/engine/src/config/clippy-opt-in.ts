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

/** Whether a crate root's inner attributes (`#![warn(clippy::restriction)]`) switch one of the names on. */
export function crateAttributesEnable(source: string, names: readonly string[]): boolean {
  for (const match of source.matchAll(/#!\[\s*(warn|deny|forbid)\s*\(([^)]*)\)\s*\]/g))
    if (names.some((name) => new RegExp(`\\bclippy::${name}\\b`).test(match[2] ?? ''))) return true;
  return false;
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

  /** Whether the crate in `dir` enables the lint: its manifest, its workspace's (`lints.workspace = true`), root. */
  async enables(dir: string, names: readonly string[]): Promise<boolean> {
    const manifest = (await this.manifest(dir)) ?? {};
    const lints = isRecord(manifest.lints) ? manifest.lints : {};
    let enabled = clippyTableEnables(lints.clippy, names);
    if (enabled === undefined && lints.workspace === true) {
      const root = await this.nearest(dir, (candidate) => isRecord(candidate.workspace));
      const workspace = root === undefined ? {} : ((await this.manifest(root))?.workspace as Record<string, unknown>);
      enabled = clippyTableEnables(isRecord(workspace.lints) ? workspace.lints.clippy : undefined, names);
    }
    if (enabled !== undefined) return enabled;
    for (const file of ['src/lib.rs', 'src/main.rs']) {
      const source = await readText(path.join(this.root, dir, file));
      if (source !== undefined && crateAttributesEnable(source, names)) return true;
    }
    return false;
  }
}

const under = (dir: string) => (dir === '' ? '**' : `${dir}/**`);

/**
 * The setting that switches an off-by-default rule on in the crates that enable the Clippy lint it mirrors, and
 * nowhere else; undefined when no crate does.
 */
export async function clippyOptInSetting(
  root: string,
  rustFiles: readonly string[],
  names: readonly string[],
  // One per run: its manifests and crate roots are read once, whatever the number of rules asking.
  crates = new Crates(root),
): Promise<RuleSetting | undefined> {
  const dirs = new Set<string>();
  for (const file of rustFiles) {
    const dir = await crates.nearest(path.posix.dirname(file), (manifest) => isRecord(manifest.package));
    if (dir !== undefined) dirs.add(dir);
  }
  const enabled: string[] = [];
  const disabled: string[] = [];
  for (const dir of [...dirs].sort()) ((await crates.enables(dir, names)) ? enabled : disabled).push(dir);
  if (enabled.length === 0) return undefined;
  const inside = (dir: string) => enabled.some((outer) => outer === '' || dir.startsWith(`${outer}/`));
  return { only: enabled.map(under), exclude: disabled.filter(inside).map(under) };
}

const clippyOptInRules = (): Rule[] =>
  Object.values(BUILT_IN_RULES)
    .flatMap((list) => list ?? [])
    .filter((rule) => rule.meta.enabledByDefault === false && rule.meta.equivalents?.clippy);

/**
 * `rules` with the off-by-default rules that mirror a Clippy lint (`rust/undocumented-unsafe-block`) switched on
 * where the project enables that lint; a rule `.plumb.yml` already sets is left as it says.
 */
export async function withClippyOptIns(
  root: string,
  rustFiles: readonly string[],
  rules: Readonly<Record<string, RuleSetting>>,
): Promise<Record<string, RuleSetting>> {
  const result = { ...rules };
  if (rustFiles.length === 0) return result;
  const crates = new Crates(root);
  for (const rule of clippyOptInRules()) {
    if (rule.meta.id in rules || `plumb/${rule.meta.id}` in rules) continue;
    const setting = await clippyOptInSetting(root, rustFiles, rule.meta.equivalents?.clippy ?? [], crates);
    if (setting) result[rule.meta.id] = setting;
  }
  return result;
}
