import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** ESLint 9's flat config names, in its order of preference. */
export const FLAT_CONFIG_NAMES = [
  'eslint.config.js',
  'eslint.config.mjs',
  'eslint.config.cjs',
  'eslint.config.ts',
  'eslint.config.mts',
  'eslint.config.cts',
] as const;

/** ESLint 8's legacy config names in one folder, in its order (`package.json` when it has `eslintConfig`). */
export const LEGACY_CONFIG_NAMES = [
  '.eslintrc.js',
  '.eslintrc.cjs',
  '.eslintrc.yaml',
  '.eslintrc.yml',
  '.eslintrc.json',
  '.eslintrc',
  'package.json',
] as const;

/**
 * Whether the root has an ESLint configuration ESLint would read (a flat config, a legacy `.eslintrc.*`, or
 * `package.json#eslintConfig`): cheap, so that the translation's modules load only for projects that need them.
 */
export function hasEslintConfigAtRoot(root: string): boolean {
  const present = (name: string) => existsSync(path.join(root, name));
  if (FLAT_CONFIG_NAMES.some(present)) return true;
  if (LEGACY_CONFIG_NAMES.some((name) => name !== 'package.json' && present(name))) return true;
  try {
    return readFileSync(path.join(root, 'package.json'), 'utf8').includes('"eslintConfig"');
  } catch {
    return false;
  }
}
