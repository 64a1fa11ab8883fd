import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LinterError } from '../types.js';
import type { Table } from './config-file.js';
import type { RuffConfig } from './config-merge.js';
import { ancestorsOf, parentOf, RuffConfigResolver } from './config-resolver.js';
import { detectsSamePackage, modulesInSources, withFirstParty } from './first-party.js';
import { matchesRuffPattern } from './matching.js';
import { STDLIB_MODULES } from './stdlib-modules.js';

export type { RuffConfig } from './config-merge.js';
export { DEFAULT_SELECT } from './config-resolver.js';

/** Files that one Workspace checks: one configuration, and one own package for isort's `detect-same-package`. */
export interface RuffGroup {
  origin: string;
  settings: Table;
  perFileIgnores: RuffConfig['perFileIgnores'];
  files: string[];
}

export interface RuffPlan {
  groups: RuffGroup[];
  /** Configurations that could not be read: their files are checked with the default. */
  errors: LinterError[];
}

const isUnder = (file: string, dir: string) => dir === '' || file === dir || file.startsWith(`${dir}/`);

/**
 * Whether Ruff's walk skips a file: a directory on its way matched by `exclude`/`extend-exclude` of the
 * configuration above that directory, the file by its own configuration's, or the file or a directory
 * up to that configuration's root by `lint.exclude`.
 */
function isExcluded(file: string, resolver: RuffConfigResolver): boolean {
  const dirs = ancestorsOf(file).slice(1);
  for (const dir of dirs) {
    const above = resolver.forDir(parentOf(dir) ?? '');
    if (above.exclude.some((pattern) => matchesRuffPattern(pattern, dir))) return true;
  }
  const config = resolver.forDir(parentOf(file) ?? '');
  if (config.exclude.some((pattern) => matchesRuffPattern(pattern, file))) return true;
  const governed = [file, ...dirs.filter((dir) => isUnder(dir, config.dir))];
  return governed.some((entry) => config.lintExclude.some((pattern) => matchesRuffPattern(pattern, entry)));
}

/**
 * The name of a file's top-level package: the highest directory of an unbroken chain of packages, a package being a
 * directory with an `__init__.py` or one under `namespace-packages` (Ruff's `detect_package_root`).
 */
function packageNameOf(root: string, file: string, config: RuffConfig, hasInit: (dir: string) => boolean) {
  const isPackage = (dir: string) =>
    config.namespacePackages.some((namespace) => namespace === '.' || isUnder(dir, namespace)) || hasInit(dir);
  let top: string | undefined;
  for (let dir = parentOf(file); dir !== undefined && isPackage(dir); dir = parentOf(dir)) top = dir;
  if (top === undefined) return undefined;
  return top === '' ? path.basename(root) : path.posix.basename(top);
}

/**
 * Ruff's configuration for each Python file, read as the Ruff CLI reads it (hierarchical discovery, `extend`,
 * excludes, `requires-python`, `src`), grouped so that each group is checked by one Workspace.
 */
export function planRuffRun(root: string, files: readonly string[], configFile?: string): RuffPlan {
  const resolver = new RuffConfigResolver(root, configFile);
  const packages = new Map<string, boolean>();
  const hasInit = (dir: string) => {
    if (!packages.has(dir)) packages.set(dir, existsSync(path.join(root, dir, '__init__.py')));
    return packages.get(dir) === true;
  };
  const firstParty = new Map<RuffConfig, string[]>();
  const groups = new Map<string, RuffGroup>();
  for (const file of files) {
    if (isExcluded(file, resolver)) continue;
    const config = resolver.forDir(parentOf(file) ?? '');
    if (!firstParty.has(config)) firstParty.set(config, modulesInSources(root, config.src));
    const ownPackage = detectsSamePackage(config.settings) ? packageNameOf(root, file, config, hasInit) : undefined;
    const samePackage = ownPackage && !STDLIB_MODULES.has(ownPackage) ? [ownPackage] : [];
    const key = `${config.origin}\0${samePackage.join('')}`;
    let group = groups.get(key);
    if (!group) {
      const modules = [...new Set([...(firstParty.get(config) ?? []), ...samePackage])];
      group = {
        origin: config.origin,
        settings: withFirstParty(config.settings, modules),
        perFileIgnores: config.perFileIgnores,
        files: [],
      };
      groups.set(key, group);
    }
    group.files.push(file);
  }
  return { groups: [...groups.values()], errors: resolver.errors };
}
