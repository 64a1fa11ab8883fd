import path from 'node:path';
import type { LinterError } from '../types.js';
import { RuffConfigFiles } from './config-file.js';
import { loadLayers } from './config-layers.js';
import { mergeLayers, type RuffConfig } from './config-merge.js';

/**
 * Plumb's selection for a project without a Ruff configuration: Ruff's default before 0.16
 * (pyflakes and the pycodestyle errors the formatter leaves), not the wider one of 0.16 and later.
 */
export const DEFAULT_SELECT = ['E4', 'E7', 'E9', 'F'];

export const parentOf = (dir: string) =>
  dir === '' ? undefined : path.posix.dirname(dir) === '.' ? '' : path.posix.dirname(dir);
export const ancestorsOf = (file: string): string[] => {
  const dirs: string[] = [];
  for (let dir = parentOf(file); dir !== undefined; dir = parentOf(dir)) dirs.unshift(dir);
  return dirs;
};

/** Resolves which configuration governs each directory, as Ruff's hierarchical discovery does, reading each once. */
export class RuffConfigResolver {
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

  private notUsed(error: unknown): void {
    this.errors.push({
      filename: '',
      language: null,
      message: `Ruff configuration not used: ${(error as Error).message}`,
    });
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
      this.notUsed(error);
      config = this.defaultConfig;
    }
    this.byFile.set(origin, config);
    return config;
  }

  /** The configuration for a directory (relative to root): the nearest file among it and its ancestors. */
  forDir(dir: string): RuffConfig {
    if (this.configFile !== undefined) return this.load(path.resolve(this.root, this.configFile), '', true);
    const cached = this.byDir.get(dir);
    if (cached) return cached;
    const parent = parentOf(dir);
    let file: string | undefined;
    try {
      file = this.files.configFileIn(path.join(this.root, dir));
    } catch (error) {
      // A pyproject.toml that does not parse (Ruff would stop there): its directory falls under the one above.
      this.notUsed(error);
    }
    const config = file ? this.load(file, dir, false) : parent === undefined ? this.defaultConfig : this.forDir(parent);
    this.byDir.set(dir, config);
    return config;
  }
}
