import path from 'node:path';
import { isTable, type Table } from './config-file.js';
import type { RuffLayer } from './config-layers.js';
import { RUFF_DEFAULT_EXCLUDE, ruffFilePattern, selectorCovers, type RuffFilePattern } from './matching.js';

/** One configuration as Ruff resolves it for the files it governs. */
export interface RuffConfig {
  /** The configuration file (relative to root) or `default`. */
  origin: string;
  /** Its project root, relative to the analyzed root (`''`: the root). */
  dir: string;
  /** What `new Workspace(settings)` takes: ruff.toml's shape as JSON. */
  settings: Table;
  /** `exclude` (Ruff's built-in list unless set) and `extend-exclude`: files and directories the walk skips. */
  exclude: RuffFilePattern[];
  /** `lint.exclude`: files and directories, up to the project root, that are not linted. */
  lintExclude: RuffFilePattern[];
  /** `per-file-ignores` and `extend-per-file-ignores`, which Plumb applies since the Workspace sees no file name. */
  perFileIgnores: { pattern: RuffFilePattern; selectors: string[] }[];
  /** `src`: directories (relative to root) whose top-level modules and packages are first-party. */
  src: string[];
  /** `namespace-packages`: directories (relative to root) under which every directory is a package. */
  namespacePackages: string[];
}

interface Selection {
  select?: string[];
  extendSelect: string[];
  ignore: string[];
}

/**
 * The rule selections of a chain, base first, as one: Ruff applies them in turn (a later `select` starts over, a
 * later `extend-select` re-enables what an earlier `ignore` removed, whatever their specificity), while one
 * selection lets the more specific selector win. Dropping the earlier selectors a later one covers keeps the result.
 */
function mergeSelections(layers: readonly Selection[]): Selection {
  let merged: Selection = { extendSelect: [], ignore: [] };
  for (const layer of layers) {
    if (layer.select !== undefined) merged = { select: layer.select, extendSelect: [], ignore: [] };
    const enabled = [...(layer.select ?? []), ...layer.extendSelect];
    merged.ignore = merged.ignore.filter((old) => !enabled.some((selector) => selectorCovers(selector, old)));
    merged.extendSelect = merged.extendSelect.filter(
      (old) => !layer.ignore.some((selector) => selectorCovers(selector, old)),
    );
    merged.extendSelect.push(...layer.extendSelect);
    merged.ignore.push(...layer.ignore);
  }
  return merged;
}

/** Later values win; tables under `lint` (plugin options such as `isort`) merge key by key, as Ruff's `combine`. */
function mergeLint(base: Table, override: Table): Table {
  const merged: Table = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const previous = merged[key];
    merged[key] = isTable(previous) && isTable(value) ? { ...previous, ...value } : value;
  }
  return merged;
}

function lastDefined<T>(layers: readonly RuffLayer[], pick: (layer: RuffLayer) => T | undefined): [T, RuffLayer] | [] {
  for (let index = layers.length - 1; index >= 0; index--) {
    const layer = layers[index] as RuffLayer;
    const value = pick(layer);
    if (value !== undefined) return [value, layer];
  }
  return [];
}

const patterns = (written: readonly string[], dir: string) => written.map((pattern) => ruffFilePattern(pattern, dir));

function perFileIgnores(entries: readonly [string, string[]][], dir: string): RuffConfig['perFileIgnores'] {
  return entries.map(([pattern, selectors]) => ({
    pattern: ruffFilePattern(pattern, dir, { negatable: true }),
    selectors,
  }));
}

/** A chain of layers (base first) as one configuration; `origin` and `dir` are those of the chain's first file. */
export function mergeLayers(layers: readonly RuffLayer[], origin: string, dir: string): RuffConfig {
  let top: Table = {};
  let lint: Table = {};
  for (const layer of layers) {
    top = { ...top, ...layer.top };
    lint = mergeLint(lint, layer.lint);
  }
  const selection = mergeSelections(layers);
  if (selection.select !== undefined) lint['select'] = selection.select;
  if (selection.extendSelect.length > 0) lint['extend-select'] = selection.extendSelect;
  if (selection.ignore.length > 0) lint['ignore'] = selection.ignore;

  const [exclude, excludeLayer] = lastDefined(layers, (layer) => layer.exclude);
  const [lintExclude, lintExcludeLayer] = lastDefined(layers, (layer) => layer.lintExclude);
  const [ignores, ignoresLayer] = lastDefined(layers, (layer) => layer.perFileIgnores);
  const [src, srcLayer] = lastDefined(layers, (layer) => layer.src);
  const [namespaces, namespacesLayer] = lastDefined(layers, (layer) => layer.namespacePackages);
  const fromLayer = (entries: readonly string[], layer: RuffLayer) =>
    entries.map((entry) => path.posix.normalize(path.posix.join(layer.dir || '.', entry)));
  return {
    origin,
    dir,
    settings: { ...top, lint },
    exclude: [
      ...(exclude && excludeLayer ? patterns(exclude, excludeLayer.dir) : RUFF_DEFAULT_EXCLUDE),
      ...layers.flatMap((layer) => patterns(layer.extendExclude, layer.dir)),
    ],
    lintExclude: lintExclude && lintExcludeLayer ? patterns(lintExclude, lintExcludeLayer.dir) : [],
    perFileIgnores: [
      ...(ignores && ignoresLayer ? perFileIgnores(ignores, ignoresLayer.dir) : []),
      ...layers.flatMap((layer) => perFileIgnores(layer.extendPerFileIgnores, layer.dir)),
    ],
    // Ruff's default `src` is the project root and its `src` directory.
    src: src && srcLayer ? fromLayer(src, srcLayer) : [dir || '.', path.posix.join(dir || '.', 'src')],
    namespacePackages: namespaces && namespacesLayer ? fromLayer(namespaces, namespacesLayer) : [],
  };
}
