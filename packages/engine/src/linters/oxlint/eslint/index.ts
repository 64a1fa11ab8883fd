import { existsSync } from 'node:fs';
import path from 'node:path';
import { listFilesOfExcludingConfigs } from './explicit-files.js';
import { FLAT_CONFIG_NAMES } from './config-names.js';
import { readFlatConfig } from './flat.js';
import { lintedByEslint } from './linted-files.js';
import { applyParserOptionEffects } from './parser-options.js';
import { readLegacyConfig } from './legacy.js';
import { withNestedFlatConfigs } from './nested-flat.js';
import type { EslintConfigRead, EslintConfigRefused } from './types.js';

export { dropInlineDisabled } from './inline-config.js';
export { dropRefusedRules } from './refused-rules.js';
export { translateToOxlint, type OxlintTranslation } from './translate.js';
export type { EslintConfigRead, EslintConfigRefused } from './types.js';

/**
 * The repository's ESLint configuration as ESLint finds it: `eslint.config.*` at the root (and, for ESLint 10, in
 * the folders below); failing that, the
 * legacy `.eslintrc.*` / `package.json#eslintConfig` cascade of ESLint 8. Its `ignores` also leaves out the files
 * `eslint .` would not lint. Undefined when the repository has none.
 */
export async function readEslintConfig(
  root: string,
  files: readonly string[],
): Promise<EslintConfigRead | EslintConfigRefused | undefined> {
  const flat = FLAT_CONFIG_NAMES.find((name) => existsSync(path.join(root, name)));
  const found = flat ? await readFlatConfig(root, flat) : await readLegacyConfig(root, files);
  if (!found || 'refused' in found) return found;
  const read = flat ? await withNestedFlatConfigs(root, files, found) : found;
  const linted = lintedByEslint(read.configs, flat ? 'flat' : 'legacy');
  const ignores = (file: string) => read.ignores(file) || !linted(file);
  const configs = applyParserOptionEffects(listFilesOfExcludingConfigs(read.configs, files), read.origin, read.notes);
  return { ...read, ignores, configs };
}
