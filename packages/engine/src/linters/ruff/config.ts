import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';

/** Where Ruff looks for its configuration, in its own order of precedence. */
export const RUFF_CONFIG_NAMES = ['.ruff.toml', 'ruff.toml', 'pyproject.toml'] as const;

/**
 * Settings about which files to read or where to write: Plumb's walker
 * chooses the files, and the WebAssembly build has no file system.
 */
const FILE_SETTINGS = [
  'extend',
  'cache-dir',
  'include',
  'extend-include',
  'force-exclude',
  'respect-gitignore',
  'src',
  'namespace-packages',
  'required-version',
  'output-format',
  'show-fixes',
  'fix',
  'unsafe-fixes',
  'fix-only',
];
const EXCLUDES = ['exclude', 'extend-exclude'];
const PER_FILE_IGNORES = ['per-file-ignores', 'extend-per-file-ignores'];

export interface RuffConfig {
  /** The repository's file (relative to root) or `default`. */
  origin: string;
  /** What `new Workspace(settings)` takes: ruff.toml's shape as JSON. */
  settings: Record<string, unknown>;
  /** Patterns of files left out, from `exclude`, `extend-exclude` and `lint.exclude`. */
  exclude: string[];
  /**
   * Pattern → rule selectors, from `per-file-ignores` and `extend-per-file-ignores`,
   * applied by Plumb since the WebAssembly check sees no file name.
   */
  perFileIgnores: [pattern: string, selectors: string[]][];
}

type Table = Record<string, unknown>;
const isTable = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * Ruff's documented default selection; the WebAssembly build's own
 * default differs (it has B, lacks E7), so it is always explicit.
 */
export const DEFAULT_SELECT = ['E4', 'E7', 'E9', 'F'];

export const DEFAULT_RUFF_CONFIG: RuffConfig = {
  origin: 'default',
  settings: { lint: { select: DEFAULT_SELECT } },
  exclude: [],
  perFileIgnores: [],
};

/**
 * Settings that stay at the top level; every other top-level key is a lint
 * setting written the pre-0.2 way, which the WebAssembly build ignores there.
 */
const TOP_LEVEL_SETTINGS = [
  'builtins',
  'indent-width',
  'line-length',
  'per-file-target-version',
  'preview',
  'target-version',
  'format',
  'lint',
  'analyze',
];

/**
 * Moves legacy top-level lint settings under `lint` (a key
 * already there wins) and makes the default selection explicit.
 */
function normalizeSettings(settings: Table, lint: Table): Table {
  const result: Table = {};
  const merged: Table = {};
  for (const [key, value] of Object.entries(settings)) {
    if (TOP_LEVEL_SETTINGS.includes(key)) result[key] = value;
    else merged[key] = value;
  }
  Object.assign(merged, lint);
  merged['select'] ??= DEFAULT_SELECT;
  result['lint'] = merged;
  return result;
}

/** Splits the keys Plumb applies itself off a ruff.toml table (top level or `lint`), returning the rest. */
function takeFileKeys(table: Table, config: RuffConfig): Table {
  const rest: Table = {};
  for (const [key, value] of Object.entries(table)) {
    if (EXCLUDES.includes(key)) config.exclude.push(...stringList(value));
    else if (PER_FILE_IGNORES.includes(key) && isTable(value)) {
      for (const [pattern, selectors] of Object.entries(value))
        config.perFileIgnores.push([pattern, stringList(selectors)]);
    } else if (!FILE_SETTINGS.includes(key)) rest[key] = value;
  }
  return rest;
}

/**
 * Ruff's settings table of a configuration file, or undefined when the
 * file does not configure Ruff (a pyproject.toml without `[tool.ruff]`).
 */
function ruffTable(name: string, text: string): Table | undefined {
  const document = parseToml(text) as Table;
  if (path.basename(name) !== 'pyproject.toml') return document;
  const tool = document['tool'];
  return isTable(tool) && isTable(tool['ruff']) ? tool['ruff'] : undefined;
}

/**
 * Reads the repository's Ruff configuration into Workspace
 * settings; throws with the file's name when it cannot be parsed.
 */
export async function loadRuffConfig(root: string, configFile?: string): Promise<RuffConfig> {
  for (const name of configFile ? [configFile] : RUFF_CONFIG_NAMES) {
    const file = path.resolve(root, name);
    if (!existsSync(file)) continue;
    let table: Table | undefined;
    try {
      table = ruffTable(name, await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`${name}: ${(error as Error).message.split('\n')[0] ?? ''}`, { cause: error });
    }
    if (!table) continue;
    const config: RuffConfig = { origin: name, settings: {}, exclude: [], perFileIgnores: [] };
    const lint = isTable(table['lint']) ? takeFileKeys(table['lint'], config) : {};
    config.settings = normalizeSettings(takeFileKeys(table, config), lint);
    return config;
  }
  return DEFAULT_RUFF_CONFIG;
}
