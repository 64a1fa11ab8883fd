import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LinterError } from '../types.js';
import { RuffConfigFiles, type Table } from './config-file.js';
import { loadLayers } from './config-layers.js';
import { mergeLayers, type RuffConfig } from './config-merge.js';
import { detectsSamePackage, modulesInSources, withFirstParty } from './first-party.js';
import { matchesRuffPattern } from './matching.js';
import { STDLIB_MODULES } from './stdlib-modules.js';

export type { RuffConfig } from './config-merge.js';

/**
 * Plumb's selection for a project without a Ruff configuration: Ruff's default before 0.16
 * (pyflakes and the pycodestyle errors the formatter leaves), not the wider one of 0.16 and later.
 */
export const DEFAULT_SELECT = ['E4', 'E7', 'E9', 'F'];

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

const parentOf = (dir: string) =>
  dir === '' ? undefined : path.posix.dirname(dir) === '.' ? '' : path.posix.dirname(dir);
const ancestorsOf = (file: string): string[] => {
  const dirs: string[] = [];
  for (let dir = parentOf(file); dir !== undefined; dir = parentOf(dir)) dirs.unshift(dir);
  return dirs;
};

/** Resolves which configuration governs each directory, as Ruff's hierarchical discovery does, reading each once. */
class RuffConfigResolver {
  private readonly files: RuffConfigFiles;
  private readonly byDir = new Map<string, RuffConfig>();
  private readonly byFile = new Map<string, RuffConfig>();
  readonly errors: LinterError[] = [];
  readonly defaultConfig: RuffConfig;

  constructor(
    readonly root: string,
    private readonly configFile?: string,
  ) {
    this.files = new RuffConfigFiles(root);
    const defaults = mergeLayers([], 'default', '');
    this.defaultConfig = this.withFallbackTarget({ ...defaults, settings: { lint: { select: DEFAULT_SELECT } } }, '');
  }

  /** `requires-python` of the nearest pyproject.toml at or above `dir` when the configuration sets no target. */
  private withFallbackTarget(config: RuffConfig, dir: string): RuffConfig {
    if (config.settings['target-version'] !== undefined) return config;
    for (let at: string | undefined = dir; at !== undefined; at = parentOf(at)) {
      const target = this.files.fallbackTargetIn(path.join(this.root, at));
      if (target) return { ...config, settings: { ...config.settings, 'target-version': target } };
    }
    return config;
  }

  private load(file: string, dir: string, pathsFromRoot: boolean): RuffConfig {
    const origin = path.relative(this.root, file).split(path.sep).join('/');
    const cached = this.byFile.get(origin);
    if (cached) return cached;
    let config: RuffConfig;
    try {
      const layers = loadLayers(this.files, file, pathsFromRoot);
      config = this.withFallbackTarget(mergeLayers(layers, origin, dir), dir);
    } catch (error) {
      this.errors.push({
        filename: '',
        language: null,
        message: `Ruff configuration not used: ${(error as Error).message}`,
      });
      config = this.defaultConfig;
    }
    this.byFile.set(origin, config);
    return config;
  }

  /** The configuration for a directory (relative to root): the nearest file among it and its ancestors. */
  forDir(dir: string): RuffConfig {
    if (this.configFile !== undefined) {
      const file = path.resolve(this.root, this.configFile);
      return existsSync(file) ? this.load(file, '', true) : this.defaultConfig;
    }
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const parent = parentOf(dir);
    let file: string | undefined;
    try {
      file = this.files.configFileIn(path.join(this.root, dir));
    } catch (error) {
      // A pyproject.toml that does not parse (Ruff would stop there): its directory falls under the one above.
      this.errors.push({
        filename: '',
        language: null,
        message: `Ruff configuration not used: ${(error as Error).message}`,
      });
    }
    const config = file ? this.load(file, dir, false) : parent === undefined ? this.defaultConfig : this.forDir(parent);
    this.byDir.set(dir, config);
    return config;
  }
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
