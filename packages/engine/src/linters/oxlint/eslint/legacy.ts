import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { LEGACY_CONFIG_NAMES } from './config-names.js';
import { dropUnresolved } from './flat.js';
import { gitignoreMatcher } from './ignores.js';
import {
  KNOWN_LEGACY_EXTENDS,
  KNOWN_MODULES,
  legacyEnvToLanguageOptions,
  migrateEcmaVersion,
  type FlatConfig,
} from './known-modules.js';
import { readModuleExport, Unresolved } from './static-module.js';
import type { EslintConfigRead, EslintConfigRefused } from './types.js';

interface LegacyConfig {
  root?: boolean;
  extends?: string | string[];
  env?: Record<string, unknown>;
  globals?: Record<string, unknown>;
  parserOptions?: { ecmaVersion?: unknown };
  rules?: Record<string, unknown>;
  overrides?: (LegacyConfig & { files?: string | string[]; excludedFiles?: string | string[] })[];
  ignorePatterns?: string | string[];
}

function stripJsonComments(text: string): string {
  return text.replace(
    /("(?:\\.|[^"\\])*")|\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    (match, quoted: string | undefined) => quoted ?? '',
  );
}

/** One legacy config file's object, read without running it; a string says why it could not be read. */
async function loadLegacyFile(
  absolute: string,
  relative: string,
  notes: string[],
): Promise<LegacyConfig | string | undefined> {
  const text = await readFile(absolute, 'utf8');
  const name = path.basename(absolute);
  try {
    if (name === 'package.json') return (JSON.parse(text) as { eslintConfig?: LegacyConfig }).eslintConfig;
    if (/\.(c?js)$/.test(name)) {
      const value = readModuleExport(name, text, KNOWN_MODULES);
      if (value instanceof Unresolved) return `${relative}:${value.line}: not read without running it: ${value.reason}`;
      return dropUnresolved(value as Record<string, unknown>, relative, notes) as LegacyConfig;
    }
    if (name.endsWith('.json')) return JSON.parse(stripJsonComments(text)) as LegacyConfig;
    // ESLint 8 strips JavaScript comments from `.eslintrc` before reading it as YAML, and so does Plumb.
    return (parseYaml(name === '.eslintrc' ? stripJsonComments(text) : text) ?? {}) as LegacyConfig;
  } catch (error) {
    return `${relative}: not read: ${(error as Error).message.split('\n')[0] ?? ''}`;
  }
}

function asList<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/** A legacy `overrides[].files` glob as a flat one relative to the root: no slash matches the base name anywhere. */
function overridePattern(pattern: string, folder: string): string {
  const relative = pattern.replace(/^\.\//, '');
  const anywhere = relative.includes('/') ? relative : `**/${relative}`;
  return folder ? `${folder}/${anywhere}` : anywhere;
}

function languageOptionsOf(config: LegacyConfig, where: string, notes: string[]): FlatConfig['languageOptions'] {
  const { languageOptions, unknown } = legacyEnvToLanguageOptions(config.env ?? {});
  for (const env of unknown) notes.push(`${where}: env \`${env}\` not translated: Plumb does not know its globals`);
  const ecmaVersion = config.parserOptions?.ecmaVersion;
  return {
    ...languageOptions,
    globals: { ...languageOptions?.globals, ...config.globals },
    ...(typeof ecmaVersion === 'number' && migrateEcmaVersion(ecmaVersion)
      ? { ecmaVersion: migrateEcmaVersion(ecmaVersion) }
      : {}),
  };
}

/** A piece of a known config placed in a folder's config: its own `files` (TypeScript only) kept, under the folder. */
function scopedPiece(piece: FlatConfig, folder: string, files: string[] | undefined): FlatConfig {
  if (piece.files === undefined) return files === undefined ? piece : { ...piece, files };
  const globs = piece.files.filter((glob): glob is string => typeof glob === 'string');
  return { ...piece, files: folder ? globs.map((glob) => `${folder}/${glob}`) : globs };
}

interface Expansion {
  root: string;
  notes: string[];
  ruleSources: Map<string, string>;
}

/** A legacy config (and what it extends) as flat configs scoped to `files` (undefined: every file). */
async function expandLegacy(
  config: LegacyConfig,
  where: string,
  folder: string,
  files: string[] | undefined,
  expansion: Expansion,
): Promise<FlatConfig[]> {
  const configs: FlatConfig[] = [];
  const scope = files === undefined ? {} : { files };
  for (const name of asList(config.extends)) {
    const known = KNOWN_LEGACY_EXTENDS[name];
    if (known) configs.push(...known.map((piece) => scopedPiece(piece, folder, files)));
    else if (name.startsWith('.')) {
      const absolute = path.resolve(expansion.root, where, '..', name);
      const relative = path.relative(expansion.root, absolute).split(path.sep).join('/');
      const base = existsSync(absolute)
        ? await loadLegacyFile(absolute, relative, expansion.notes)
        : `${relative}: not found`;
      if (typeof base === 'string' || base === undefined)
        expansion.notes.push(`${where}: extends \`${name}\` not translated: ${base ?? 'empty'}`);
      else configs.push(...(await expandLegacy(base, relative, folder, files, expansion)));
    } else expansion.notes.push(`${where}: extends \`${name}\` not translated: a shareable config Plumb does not load`);
  }
  for (const rule of Object.keys(config.rules ?? {}))
    if (!expansion.ruleSources.has(rule)) expansion.ruleSources.set(rule, where);
  configs.push({
    ...scope,
    rules: { ...config.rules },
    languageOptions: languageOptionsOf(config, where, expansion.notes),
  });
  for (const override of config.overrides ?? []) {
    if (override.overrides) expansion.notes.push(`${where}: nested \`overrides\` not translated`);
    const patterns = asList(override.files).map((pattern) => overridePattern(pattern, folder));
    const excluded = asList(override.excludedFiles);
    const scoped = await expandLegacy({ ...override, overrides: [] }, where, folder, patterns, expansion);
    if (excluded.length > 0)
      for (const piece of scoped) piece.ignores = excluded.map((pattern) => overridePattern(pattern, folder));
    configs.push(...scoped);
  }
  return configs;
}

async function findInFolder(
  root: string,
  folder: string,
  notes: string[],
): Promise<{ name: string; config: LegacyConfig | string } | undefined> {
  for (const name of LEGACY_CONFIG_NAMES) {
    const relative = folder ? `${folder}/${name}` : name;
    const absolute = path.join(root, relative);
    if (!existsSync(absolute)) continue;
    const config = await loadLegacyFile(absolute, relative, notes);
    if (config !== undefined) return { name: relative, config };
  }
  return undefined;
}

/** The folders of the files and their ancestors up to the root, shallowest first: where ESLint 8 looks for configs. */
export function foldersOf(files: readonly string[]): string[] {
  const folders = new Set<string>(['']);
  for (const file of files) {
    const parts = file.split('/').slice(0, -1);
    for (let depth = 1; depth <= parts.length; depth++) folders.add(parts.slice(0, depth).join('/'));
  }
  return [...folders].sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
}

/** A nested `root: true` config stops the cascade: the rules its ancestors set are turned off for its folder first. */
function resetAncestors(folder: string, found: { folder: string; configs: FlatConfig[] }[]): FlatConfig {
  const ancestors = found.filter((entry) => entry.folder === '' || folder.startsWith(`${entry.folder}/`));
  const rules = ancestors.flatMap((entry) => entry.configs.flatMap((config) => Object.keys(config.rules ?? {})));
  return { files: [`${folder}/**`], rules: Object.fromEntries(rules.map((rule) => [rule, 'off'])) };
}

/**
 * Reads ESLint 8's cascading configs when the root has one: the root's, and each folder's (an override for that
 * folder, merged over its parents unless it says `root: true`); `.eslintignore` and the root's `ignorePatterns`.
 * Undefined when the root has none.
 */
export async function readLegacyConfig(
  root: string,
  files: readonly string[],
): Promise<EslintConfigRead | EslintConfigRefused | undefined> {
  const expansion: Expansion = { root, notes: [], ruleSources: new Map() };
  const found: { folder: string; configs: FlatConfig[] }[] = [];
  const ignorePatterns: string[] = [];
  let origin: string | undefined;
  for (const folder of foldersOf(files)) {
    const entry = await findInFolder(root, folder, expansion.notes);
    // Without a root config the project is not linted by ESLint as a whole (a fixture's `.eslintrc` is not its own).
    if (!entry && folder === '') return undefined;
    if (!entry) continue;
    if (typeof entry.config === 'string') {
      if (folder === '') return { origin: entry.name, refused: entry.config };
      expansion.notes.push(entry.config);
      continue;
    }
    origin ??= entry.name;
    const scope = folder ? [`${folder}/**`] : undefined;
    const configs = await expandLegacy(entry.config, entry.name, folder, scope, expansion);
    if (folder && entry.config.root === true) configs.unshift(resetAncestors(folder, found));
    found.push({ folder, configs });
    if (folder === '') ignorePatterns.push(...asList(entry.config.ignorePatterns));
    else if (entry.config.ignorePatterns !== undefined)
      expansion.notes.push(`${entry.name}: \`ignorePatterns\` of a nested config not translated`);
  }
  if (!origin) return undefined;
  if (existsSync(path.join(root, '.eslintignore')))
    ignorePatterns.push(...(await readFile(path.join(root, '.eslintignore'), 'utf8')).split(/\r?\n/));
  return {
    origin,
    configs: found.flatMap((entry) => entry.configs),
    ignores: gitignoreMatcher(['node_modules/', ...ignorePatterns]),
    notes: expansion.notes,
    ruleSources: expansion.ruleSources,
  };
}
