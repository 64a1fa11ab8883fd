import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

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

export async function defaultOxlintConfig(rejected?: string): Promise<OxlintConfigChoice> {
  const dir = await mkdtemp(path.join(tmpdir(), 'plumb-oxlint-'));
  const file = path.join(dir, '.oxlintrc.json');
  await writeFile(file, JSON.stringify(DEFAULT_OXLINT_CONFIG));
  return { path: file, origin: 'default', rejected, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * The configuration oxlint runs with, always passed explicitly so that oxlint never discovers a JavaScript
 * config file; a JSON config that loads JS plugins (repository code) is refused in favour of the default.
 */
export async function chooseOxlintConfig(root: string, configFile?: string): Promise<OxlintConfigChoice> {
  const candidates = configFile ? [configFile] : OXLINT_CONFIG_NAMES;
  const relative = candidates.find((name) => existsSync(path.resolve(root, name)));
  if (!relative) return defaultOxlintConfig(configFile ? `${configFile} not found` : undefined);
  const absolute = path.resolve(root, relative);
  if (path.relative(root, absolute).startsWith('..'))
    return defaultOxlintConfig(`${relative} is outside the analyzed directory`);
  if (await mentionsJsPlugins(absolute))
    return defaultOxlintConfig(`${relative} loads jsPlugins, which would run repository code`);
  return { path: absolute, origin: relative, dispose: async () => undefined };
}
