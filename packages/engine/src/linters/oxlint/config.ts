import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hasEslintConfigAtRoot } from './eslint/config-names.js';

/**
 * Root configuration files Plumb honors, in oxlint's own order;
 * `oxlint.config.ts` is left out on purpose: it would run repository code.
 */
export const OXLINT_CONFIG_NAMES = ['.oxlintrc.json', '.oxlintrc.jsonc', 'oxlintrc.json'] as const;

/** oxlint's own default when a repository has no configuration: the correctness category, default plugins. */
export const DEFAULT_OXLINT_CONFIG = { categories: { correctness: 'warn' } };

export interface OxlintConfigChoice {
  /** Absolute path passed to `-c`. */
  path: string;
  /** The repository's file (relative to root) or `default`. */
  origin: string;
  /** Why the repository's file was not used, when it was not. */
  rejected?: string;
  /** What of the repository's ESLint configuration could not be translated, each `file[:line]: what and why`. */
  notes?: string[];
  /** Files the repository's ESLint configuration ignores (relative to the root); oxlint is not given them. */
  ignores?: (file: string) => boolean;
  /** Whether the configuration came from ESLint, whose inline `/* eslint rule: off *\/` comments then apply. */
  fromEslint?: boolean;
  dispose(): Promise<void>;
}

async function mentionsJsPlugins(file: string, seen = new Set<string>()): Promise<boolean> {
  if (seen.has(file) || !existsSync(file)) return false;
  seen.add(file);
  const text = await readFile(file, 'utf8');
  if (text.includes('"jsPlugins"')) return true;
  const extended = /"extends"\s*:\s*\[([^\]]*)\]/.exec(text)?.[1] ?? '';
  for (const [, target] of extended.matchAll(/"([^"]+)"/g)) {
    if (target && (await mentionsJsPlugins(path.resolve(path.dirname(file), target), seen))) return true;
  }
  return false;
}

async function temporaryConfig(config: object): Promise<{ path: string; dispose(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'plumb-oxlint-'));
  const file = path.join(dir, '.oxlintrc.json');
  await writeFile(file, JSON.stringify(config));
  return { path: file, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export async function defaultOxlintConfig(rejected?: string): Promise<OxlintConfigChoice> {
  return { ...(await temporaryConfig(DEFAULT_OXLINT_CONFIG)), origin: 'default', rejected };
}

/** The repository's ESLint configuration translated to oxlint's; the default when there is none or it is computed. */
async function eslintOxlintConfig(root: string, files: readonly string[]): Promise<OxlintConfigChoice> {
  if (!hasEslintConfigAtRoot(root)) return defaultOxlintConfig();
  // Loaded only here: the ESLint readers bring oxc-parser and @oxlint/migrate, tens of milliseconds to load.
  const { dropRefusedRules, readEslintConfig, translateToOxlint } = await import('./eslint/index.js');
  const read = await readEslintConfig(root, files);
  if (!read) return defaultOxlintConfig();
  if ('refused' in read) return defaultOxlintConfig(read.refused);
  const { config, notes } = await translateToOxlint(read, root);
  const written = await temporaryConfig(config);
  await dropRefusedRules(written.path, config, read.origin, notes);
  return { ...written, origin: read.origin, notes, ignores: read.ignores, fromEslint: true };
}

/**
 * The configuration oxlint runs with, always passed explicitly so that oxlint never discovers a JavaScript
 * config file: the repository's oxlint config, else its ESLint config translated, else oxlint's default.
 * A JSON config that loads JS plugins (repository code) is refused in favour of the default.
 */
export async function chooseOxlintConfig(
  root: string,
  configFile?: string,
  files: readonly string[] = [],
): Promise<OxlintConfigChoice> {
  const candidates = configFile ? [configFile] : OXLINT_CONFIG_NAMES;
  const relative = candidates.find((name) => existsSync(path.resolve(root, name)));
  if (!relative && !configFile) return eslintOxlintConfig(root, files);
  if (!relative) return defaultOxlintConfig(`${configFile} not found`);
  const absolute = path.resolve(root, relative);
  if (path.relative(root, absolute).startsWith('..'))
    return defaultOxlintConfig(`${relative} is outside the analyzed directory`);
  if (await mentionsJsPlugins(absolute))
    return defaultOxlintConfig(`${relative} loads jsPlugins, which would run repository code`);
  return { path: absolute, origin: relative, dispose: async () => undefined };
}
