import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { holdsDependencies } from '../walk/vendored.js';

const MANIFESTS = new Set(['package-lock.json', 'package.json', 'pyproject.toml', 'Cargo.toml', 'pom.xml']);
export const LICENSE_FILE = /^(licen[cs]e|copying|unlicense)([-._][\w.-]*)?$/i;
/** Folders never read: version control, and installed packages, which the lockfile already declares. */
const SKIPPED = new Set(['.git', '.hg', '.svn', 'node_modules']);
const MAX_DEPTH = 12;

/** The files a license audit reads, relative to the root (POSIX separators), in a stable order. */
export async function findLicenseFiles(root: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string, depth: number): Promise<void> => {
    const entries = await readdir(path.join(root, dir), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const relative = dir === '' ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) {
        if (!SKIPPED.has(entry.name) && depth < MAX_DEPTH) await visit(relative, depth + 1);
      } else if (entry.isFile() && isLicenseInput(relative)) found.push(relative);
    }
  };
  await visit('', 0);
  return found;
}

function isLicenseInput(relative: string): boolean {
  const name = path.posix.basename(relative);
  const parent = path.posix.basename(path.posix.dirname(relative));
  return (
    MANIFESTS.has(name) ||
    (name === 'METADATA' && parent.endsWith('.dist-info')) ||
    (name === 'modules.txt' && parent === 'vendor') ||
    LICENSE_FILE.test(name)
  );
}

/** The vendored package a path lies in (`vendor/left-pad`, `third_party/zlib`), or undefined for the project's own. */
export function vendoredPackage(relative: string): string | undefined {
  const parts = relative.split('/');
  const index = parts.findIndex(holdsDependencies);
  return index < 0 || index + 2 > parts.length - 1 ? undefined : parts.slice(0, index + 2).join('/');
}
