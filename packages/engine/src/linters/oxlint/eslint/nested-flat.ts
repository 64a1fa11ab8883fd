import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FLAT_CONFIG_NAMES } from './config-names.js';
import { readFlatConfig } from './flat.js';
import type { FlatConfig } from './known-modules.js';
import { foldersOf } from './legacy.js';
import type { EslintConfigRead } from './types.js';

/** ESLint's major version as the root `package.json` asks for it (`"eslint": "^10.1.0"` → 10). */
function eslintMajor(root: string): number | undefined {
  const manifestPath = path.join(root, 'package.json');
  if (!existsSync(manifestPath)) return undefined;
  try {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
      string,
      Record<string, string> | undefined
    >;
    const range = manifest['devDependencies']?.['eslint'] ?? manifest['dependencies']?.['eslint'];
    const major = /\d+/.exec(range ?? '')?.[0];
    return major === undefined ? undefined : Number(major);
  } catch {
    return undefined;
  }
}

/** A nested config's globs, written relative to its folder, as globs relative to the root. */
function underFolder(config: FlatConfig, folder: string): FlatConfig {
  const prefix = (glob: unknown): unknown =>
    typeof glob === 'string' ? `${folder}/${glob.replace(/^\.\//, '')}` : Array.isArray(glob) ? glob.map(prefix) : glob;
  return {
    ...config,
    files: config.files === undefined ? [`${folder}/**`] : config.files.map(prefix),
    ...(config.ignores ? { ignores: config.ignores.map(prefix) as string[] } : {}),
  };
}

/**
 * ESLint 10 lints each file with the `eslint.config.*` nearest to it, without merging the root's: each nested
 * config becomes overrides for its folder that first turn off every rule set before it. ESLint 9 (without its
 * `unstable_config_lookup_from_file` flag) uses only the root's, and so does Plumb for it.
 */
export async function withNestedFlatConfigs(
  root: string,
  files: readonly string[],
  rootRead: EslintConfigRead,
): Promise<EslintConfigRead> {
  if ((eslintMajor(root) ?? 0) < 10) return rootRead;
  const nested: { folder: string; read: EslintConfigRead }[] = [];
  const notes = [...rootRead.notes];
  for (const folder of foldersOf(files).filter(Boolean)) {
    const name = FLAT_CONFIG_NAMES.map((file) => `${folder}/${file}`).find((file) => existsSync(path.join(root, file)));
    if (!name) continue;
    const read = await readFlatConfig(root, name);
    if ('refused' in read) notes.push(read.refused);
    else nested.push({ folder, read: { ...read, configs: read.configs.map((config) => underFolder(config, folder)) } });
  }
  if (nested.length === 0) return rootRead;
  const configs = [...rootRead.configs];
  const ruleSources = new Map(rootRead.ruleSources);
  for (const { folder, read } of nested) {
    const seen = new Set(configs.flatMap((config) => Object.keys(config.rules ?? {})));
    configs.push({ files: [`${folder}/**`], rules: Object.fromEntries([...seen].map((rule) => [rule, 'off'])) });
    configs.push(...read.configs);
    notes.push(...read.notes);
    for (const [rule, source] of read.ruleSources) if (!ruleSources.has(rule)) ruleSources.set(rule, source);
  }
  // The deepest config folder holding a file decides whether it is ignored, with paths relative to that folder.
  const byDepth = [...nested].reverse();
  const ignores = (file: string): boolean => {
    const owner = byDepth.find(({ folder }) => file.startsWith(`${folder}/`));
    return owner ? owner.read.ignores(file.slice(owner.folder.length + 1)) : rootRead.ignores(file);
  };
  return { ...rootRead, configs, ignores, notes, ruleSources };
}
