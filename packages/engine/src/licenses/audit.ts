import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { findLicenseFiles, LICENSE_FILE, vendoredPackage } from './find-manifests.js';
import { identifyLicenseText } from './license-text.js';
import {
  cargoLicense,
  type Declaration,
  goVendoredModules,
  packageJsonLicense,
  packageLockDependencies,
  pomLicenses,
  pyprojectLicense,
  pythonMetadataLicense,
} from './manifests.js';
import type { DeclaredLicense, LicenseAudit } from './types.js';

const READERS: Record<string, (text: string) => Declaration[]> = {
  'package.json': packageJsonLicense,
  'pyproject.toml': pyprojectLicense,
  'Cargo.toml': cargoLicense,
  'pom.xml': pomLicenses,
  METADATA: pythonMetadataLicense,
};

/** What a license file holds, as a declaration of the package `name`. */
async function licenseFileDeclaration(text: string, name: string): Promise<Declaration> {
  const declared =
    text
      .split(/\r?\n/)
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  const spdx = await identifyLicenseText(text);
  const shown = declared.length > 120 ? `${declared.slice(0, 119)}…` : declared;
  return { name, version: null, source: 'license-file', spdx, declared: shown, line: 1 };
}

const byPlace = (a: DeclaredLicense, b: DeclaredLicense) =>
  a.source.localeCompare(b.source) ||
  a.name.localeCompare(b.name) ||
  (a.version ?? '').localeCompare(b.version ?? '') ||
  a.filename.localeCompare(b.filename);

/**
 * The licenses a checkout declares, read from its files alone: the project's own (its root license file and its
 * manifests), and its dependencies' (lockfiles, vendored manifests and license files, Go's `vendor/modules.txt`).
 * A manifest that does not parse is skipped: it is its own tool's to report.
 */
export async function auditLicenses(root: string): Promise<LicenseAudit> {
  const files = await findLicenseFiles(root);
  const project: DeclaredLicense[] = [];
  const dependencies: DeclaredLicense[] = [];
  const read = (file: string) => readFile(path.join(root, file), 'utf8').catch(() => undefined);
  const covered = new Set<string>();
  const goModules = new Map<string, { module: string; version: string | null }>();
  for (const file of files) {
    const name = path.posix.basename(file);
    const text = LICENSE_FILE.test(name) ? undefined : await read(file);
    if (text === undefined) continue;
    try {
      if (name === 'package-lock.json') {
        if (vendoredPackage(file) === undefined)
          for (const found of packageLockDependencies(text)) dependencies.push({ ...found, filename: file });
      } else if (name === 'modules.txt') {
        for (const { module, version } of goVendoredModules(text))
          goModules.set(`${path.posix.dirname(file)}/${module}`, { module, version });
      } else {
        const vendored = vendoredPackage(file) ?? (name === 'METADATA' ? path.posix.dirname(file) : undefined);
        const found = READERS[name]?.(text) ?? [];
        if (vendored !== undefined && found.length > 0) covered.add(vendored);
        for (const declaration of found)
          (vendored === undefined ? project : dependencies).push({ ...declaration, filename: file });
      }
    } catch {
      // Not valid JSON, TOML or XML: the manifest's own tool reports it.
    }
  }
  for (const file of files.filter((candidate) => LICENSE_FILE.test(path.posix.basename(candidate)))) {
    const dir = path.posix.dirname(file);
    const go = goModules.get(dir);
    const vendored = vendoredPackage(file);
    const own = dir === '.';
    if (!own && !go && (vendored === undefined || covered.has(vendored) || dir !== vendored)) continue;
    const text = await read(file);
    if (text === undefined) continue;
    const name = own ? path.posix.basename(root) : (go?.module ?? path.posix.basename(vendored!));
    const declaration = await licenseFileDeclaration(text, name);
    const entry = { ...declaration, version: go?.version ?? null, source: go ? ('go' as const) : declaration.source };
    (own ? project : dependencies).push({ ...entry, filename: file });
  }
  return { project: project.sort(byPlace), dependencies: dependencies.sort(byPlace) };
}
