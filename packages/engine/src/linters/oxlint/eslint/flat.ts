import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { flatIgnoreMatcher } from './ignores.js';
import { flattenConfigs, KNOWN_MODULES, type FlatConfig } from './known-modules.js';
import { readModuleExport, Unresolved } from './static-module.js';
import type { EslintConfigRead, EslintConfigRefused } from './types.js';

/** ESLint's own default ignores in flat mode. */
const DEFAULT_IGNORES = ['**/node_modules/', '.git/'];

/** Keys whose computed values oxlint does not need (it has its own parsers and plugins): dropped without a note. */
const SILENT_KEYS = new Set([
  'plugins',
  'parser',
  'parserOptions',
  'settings',
  'processor',
  'language',
  'linterOptions',
]);

/** Drops the pieces of a config object that could not be read, noting each one but those oxlint does not need. */
export function dropUnresolved(
  value: Record<string, unknown>,
  where: string,
  notes: string[],
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (entry instanceof Unresolved) {
      if (!SILENT_KEYS.has(key)) notes.push(`${where}:${entry.line}: \`${key}\` not translated: ${entry.reason}`);
      continue;
    }
    const isPlainObject = entry !== null && typeof entry === 'object' && !Array.isArray(entry);
    kept[key] =
      isPlainObject && !SILENT_KEYS.has(key) ? dropUnresolved(entry as Record<string, unknown>, where, notes) : entry;
  }
  return kept;
}

function isGlobalIgnores(config: FlatConfig): boolean {
  return Array.isArray(config.ignores) && Object.keys(config).every((key) => key === 'ignores' || key === 'name');
}

/** Reads `eslint.config.*` without running it; the whole file is refused only when its export itself is computed. */
export async function readFlatConfig(root: string, name: string): Promise<EslintConfigRead | EslintConfigRefused> {
  const exported = readModuleExport(name, await readFile(path.join(root, name), 'utf8'), KNOWN_MODULES);
  if (exported instanceof Unresolved)
    return { origin: name, refused: `${name}:${exported.line}: not read without running it: ${exported.reason}` };
  const notes: string[] = [];
  const configs: FlatConfig[] = [];
  const ignorePatterns = [...DEFAULT_IGNORES];
  for (const entry of flattenConfigs([exported])) {
    if (entry instanceof Unresolved) {
      const where = entry.line > 0 ? `${name}:${entry.line}` : name;
      notes.push(`${where}: a config object not translated: ${entry.reason}`);
      continue;
    }
    if (entry === null || typeof entry !== 'object') continue;
    const config = dropUnresolved(entry as Record<string, unknown>, name, notes) as FlatConfig;
    if (isGlobalIgnores(config)) {
      ignorePatterns.push(...(config.ignores ?? []).filter((pattern) => typeof pattern === 'string'));
      continue;
    }
    configs.push(config);
  }
  const ruleSources = new Map(configs.flatMap((config) => Object.keys(config.rules ?? {})).map((rule) => [rule, name]));
  return { origin: name, configs, ignores: flatIgnoreMatcher(ignorePatterns), notes, ruleSources };
}
