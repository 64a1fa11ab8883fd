import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { isTable, type Table } from './config-file.js';
import { compileGlob } from './matching.js';
import { STDLIB_MODULES } from './stdlib-modules.js';

const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

const subdirectories = (root: string, dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.posix.join(dir, entry.name));

/** The existing directories a `src` entry names, a glob expanded as Ruff's `resolve_src` does (`*`, `**`, `[…]`). */
export function expandSource(root: string, source: string): string[] {
  let matches = ['.'];
  for (const segment of source.split('/')) {
    if (segment === '**') {
      const all: string[] = [];
      const descend = (dir: string) => {
        all.push(dir);
        for (const child of subdirectories(root, dir)) descend(child);
      };
      matches.forEach(descend);
      matches = all;
    } else if (/[*?[]/.test(segment)) {
      const pattern = compileGlob(segment);
      matches = matches.flatMap((dir) =>
        subdirectories(root, dir).filter((child) => pattern.test(path.posix.basename(child))),
      );
    } else matches = matches.map((dir) => path.posix.join(dir, segment));
    matches = matches.filter((dir) => existsSync(path.join(root, dir)) && statSync(path.join(root, dir)).isDirectory());
  }
  return matches;
}

/**
 * The modules isort's `src` search finds in the directories (relative to root): every directory and every `.py` or
 * `.pyi` file at their top (Ruff's `match_sources`), less the standard library's, which Ruff classifies first.
 */
export function modulesInSources(root: string, sources: readonly string[]): string[] {
  const names = new Set<string>();
  for (const source of sources.flatMap((entry) => expandSource(root, entry))) {
    for (const entry of readdirSync(path.join(root, source), { withFileTypes: true })) {
      const name = entry.isDirectory() ? entry.name : entry.name.replace(/\.pyi?$/, '');
      if (name === entry.name && !entry.isDirectory()) continue;
      if (MODULE_NAME.test(name) && !STDLIB_MODULES.has(name)) names.add(name);
    }
  }
  return [...names].sort();
}

/** The isort lists in which a configuration classifies modules itself; Ruff reads them before `src`. */
const KNOWN_LISTS = ['known-first-party', 'known-third-party', 'known-local-folder', 'extra-standard-library'];

function declaredModules(isort: Table): Set<string> {
  const sections = isTable(isort['sections']) ? Object.values(isort['sections']) : [];
  return new Set(
    [...KNOWN_LISTS.map((key) => isort[key]), ...sections].flatMap((value) =>
      Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [],
    ),
  );
}

/**
 * Workspace settings in which the modules found on disk are `known-first-party`, since the WebAssembly
 * build cannot look: those the configuration already classifies keep its classification.
 */
export function withFirstParty(settings: Table, modules: readonly string[]): Table {
  const lint = isTable(settings['lint']) ? settings['lint'] : {};
  const isort = isTable(lint['isort']) ? lint['isort'] : {};
  const declared = declaredModules(isort);
  const added = modules.filter((name) => !declared.has(name));
  if (added.length === 0) return settings;
  const firstParty = Array.isArray(isort['known-first-party']) ? (isort['known-first-party'] as unknown[]) : [];
  return { ...settings, lint: { ...lint, isort: { ...isort, 'known-first-party': [...firstParty, ...added] } } };
}

/** Whether isort counts a file's own top-level package as first-party (`detect-same-package`, on by default). */
export function detectsSamePackage(settings: Table): boolean {
  const lint = isTable(settings['lint']) ? settings['lint'] : {};
  return !isTable(lint['isort']) || lint['isort']['detect-same-package'] !== false;
}
