import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isTable, type RuffConfigFiles, type Table } from './config-file.js';

/** One configuration file of an `extend` chain, split into what the Workspace takes and what Plumb applies itself. */
export interface RuffLayer {
  /** The file, relative to the analyzed root (for messages). */
  file: string;
  /** The directory its paths are relative to, relative to the analyzed root (`''`: the root itself). */
  dir: string;
  /** Top-level settings the Workspace takes (`line-length`, `target-version`, `format`…). */
  top: Table;
  /** `lint` settings the Workspace takes, rule selection apart (legacy top-level lint keys included). */
  lint: Table;
  select?: string[];
  extendSelect: string[];
  /** `ignore` and `extend-ignore`, which Ruff reads as one list. */
  ignore: string[];
  exclude?: string[];
  extendExclude: string[];
  lintExclude?: string[];
  perFileIgnores?: [pattern: string, selectors: string[]][];
  extendPerFileIgnores: [pattern: string, selectors: string[]][];
  src?: string[];
  namespacePackages?: string[];
}

/** Settings that stay at the top level; every other top-level key is a lint setting written the pre-0.2 way. */
const TOP_LEVEL_SETTINGS = new Set([
  'builtins',
  'indent-width',
  'line-length',
  'per-file-target-version',
  'preview',
  'target-version',
  'format',
  'analyze',
]);

/** Settings about which files to read or what to write: Plumb's walker chooses the files and nothing is written. */
const FILE_SETTINGS = new Set([
  'extend',
  'cache-dir',
  'include',
  'extend-include',
  'force-exclude',
  'respect-gitignore',
  'required-version',
  'output-format',
  'show-fixes',
  'fix',
  'unsafe-fixes',
  'fix-only',
]);

const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
const optionalList = (value: unknown): string[] | undefined => (value === undefined ? undefined : stringList(value));
const patternTable = (value: unknown): [string, string[]][] | undefined =>
  isTable(value) ? Object.entries(value).map(([pattern, selectors]) => [pattern, stringList(selectors)]) : undefined;

/** Keys this module reads itself rather than passing them to the Workspace. */
const READ_HERE = new Set([
  'select',
  'extend-select',
  'ignore',
  'extend-ignore',
  'exclude',
  'extend-exclude',
  'per-file-ignores',
  'extend-per-file-ignores',
  'src',
  'namespace-packages',
]);

/** A file's options as one layer; a key under `lint` wins over the same key written at the top level. */
export function toLayer(options: Table, file: string, dir: string): RuffLayer {
  const lintTable = isTable(options['lint']) ? options['lint'] : {};
  const legacy = Object.fromEntries(
    Object.entries(options).filter(
      ([key]) => !TOP_LEVEL_SETTINGS.has(key) && !FILE_SETTINGS.has(key) && key !== 'lint',
    ),
  );
  const lintOptions: Table = { ...legacy, ...lintTable };
  const pick = (key: string) => lintOptions[key];
  return {
    file,
    dir,
    top: Object.fromEntries(Object.entries(options).filter(([key]) => TOP_LEVEL_SETTINGS.has(key))),
    lint: Object.fromEntries(Object.entries(lintOptions).filter(([key]) => !READ_HERE.has(key))),
    ...(pick('select') === undefined ? {} : { select: stringList(pick('select')) }),
    extendSelect: stringList(pick('extend-select')),
    ignore: [...stringList(pick('ignore')), ...stringList(pick('extend-ignore'))],
    ...(options['exclude'] === undefined ? {} : { exclude: stringList(options['exclude']) }),
    extendExclude: stringList(options['extend-exclude']),
    ...(lintTable['exclude'] === undefined ? {} : { lintExclude: optionalList(lintTable['exclude']) }),
    ...(pick('per-file-ignores') === undefined ? {} : { perFileIgnores: patternTable(pick('per-file-ignores')) }),
    extendPerFileIgnores: patternTable(pick('extend-per-file-ignores')) ?? [],
    ...(options['src'] === undefined ? {} : { src: stringList(options['src']) }),
    ...(options['namespace-packages'] === undefined
      ? {}
      : { namespacePackages: stringList(options['namespace-packages']) }),
  };
}

const toPosix = (relative: string) => relative.split(path.sep).join('/');
const expandHome = (value: string) => (value.startsWith('~/') ? path.join(os.homedir(), value.slice(2)) : value);

/**
 * A configuration file and the files it `extend`s, base first (Ruff's `resolve_configuration`): each `extend` is
 * relative to the file that names it, and a file met twice is a cycle, refused with the chain. Paths inside each
 * file are relative to its own directory, or to the analyzed root for a file given as `configFile` (Ruff's
 * `--config`, whose paths are relative to the working directory).
 */
export function loadLayers(files: RuffConfigFiles, file: string, pathsFromRoot = false): RuffLayer[] {
  const relative = (absolute: string) => toPosix(path.relative(files.root, absolute));
  const chain: string[] = [];
  const layers: RuffLayer[] = [];
  let next: string | undefined = path.resolve(file);
  while (next !== undefined) {
    const current: string = next;
    if (chain.includes(current))
      throw new Error(`circular \`extend\`: ${[...chain, current].map(relative).join(' extends ')}`);
    const extendedBy = chain.at(-1);
    if (!existsSync(current))
      throw new Error(
        extendedBy === undefined
          ? `${relative(current)}: not found`
          : `${relative(extendedBy)}: \`extend\` names ${relative(current)}, which does not exist`,
      );
    chain.push(current);
    // An extended pyproject.toml without `[tool.ruff]` adds nothing, as in Ruff.
    const options = files.options(current) ?? {};
    const dir = pathsFromRoot ? '' : relative(path.dirname(current));
    layers.unshift(toLayer(options, relative(current), dir));
    const extend = options['extend'];
    next = typeof extend === 'string' ? path.resolve(path.dirname(current), expandHome(extend)) : undefined;
  }
  return layers;
}
