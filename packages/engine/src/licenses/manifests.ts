import { parse as parseToml } from 'smol-toml';
import { isRecord } from '../config/is-record.js';
import { toSpdx } from './spdx.js';
import type { DeclaredLicense, LicenseSource } from './types.js';

/** A license a manifest declares, before the audit says whose it is. */
export type Declaration = Omit<DeclaredLicense, 'filename'>;

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** The 1-based line of the first line matching `pattern`, or 1. */
function lineOf(text: string, pattern: RegExp): number {
  const index = text.split(/\r?\n/).findIndex((line) => pattern.test(line));
  return index < 0 ? 1 : index + 1;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function declaration(
  name: string,
  version: string | null,
  source: LicenseSource,
  declared: string,
  line: number,
): Declaration {
  return { name, version, source, spdx: toSpdx(declared), declared, line };
}

/** npm's `license` (a string, or the old `{type}`) and `licenses: [{type}]`, joined with OR as npm documents. */
function npmLicense(entry: Record<string, unknown>): string | null {
  const license = isRecord(entry.license) ? str(entry.license.type) : str(entry.license);
  if (license) return license;
  if (!Array.isArray(entry.licenses)) return null;
  const types = entry.licenses.map((item) => (isRecord(item) ? str(item.type) : str(item))).filter(Boolean);
  return types.length === 0 ? null : types.length === 1 ? types[0]! : `(${types.join(' OR ')})`;
}

/** A package-lock.json of lockfile version 2 or 3: every installed package with its license (version 1 has none). */
export function packageLockDependencies(text: string): Declaration[] {
  const lock: unknown = JSON.parse(text);
  if (!isRecord(lock) || !isRecord(lock.packages)) return [];
  const lines = new Map<string, number>();
  text.split(/\r?\n/).forEach((line, index) => {
    const key = /^\s*"(node_modules\/[^"]+)"\s*:\s*\{/.exec(line)?.[1];
    if (key && !lines.has(key)) lines.set(key, index + 1);
  });
  const found: Declaration[] = [];
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key.includes('node_modules/') || !isRecord(entry) || entry.link === true) continue;
    const license = npmLicense(entry);
    const name = str(entry.name) ?? key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);
    // A package that declares no license is listed too: an allowed-list policy must see it.
    found.push(declaration(name, str(entry.version), 'npm', license ?? '', lines.get(key) ?? 1));
  }
  return found;
}

/** A package.json's own license. */
export function packageJsonLicense(text: string): Declaration[] {
  const manifest: unknown = JSON.parse(text);
  if (!isRecord(manifest)) return [];
  const license = npmLicense(manifest);
  if (!license) return [];
  const name = str(manifest.name) ?? '';
  return [declaration(name, str(manifest.version), 'npm', license, lineOf(text, /"licen[cs]es?"\s*:/))];
}

/**
 * A Python distribution's `*.dist-info/METADATA`: `License-Expression` (PEP 639), else `License`, else its
 * `License ::` trove classifiers.
 */
export function pythonMetadataLicense(text: string): Declaration[] {
  const header = text.split(/\r?\n\r?\n/)[0] ?? '';
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'mi').exec(header)?.[1]?.trim() || null;
  const name = field('Name') ?? '';
  const version = field('Version');
  const expression = field('License-Expression');
  if (expression) return [declaration(name, version, 'pypi', expression, lineOf(header, /^License-Expression:/i))];
  const license = field('License');
  // A `License:` field holding the whole license text says nothing a policy can read; the classifiers may.
  if (license && license.length <= 80 && toSpdx(license))
    return [declaration(name, version, 'pypi', license, lineOf(header, /^License:/i))];
  const classifiers = [...header.matchAll(/^Classifier:\s*License :: (?:OSI Approved :: )?(.+)$/gim)].map((match) =>
    match[1]!.trim(),
  );
  if (classifiers.length > 0) {
    const spdx = classifiers.map((classifier) => toSpdx(classifier));
    const declared = classifiers.join('; ');
    const line = lineOf(header, /^Classifier:\s*License ::/i);
    const expression = spdx.every((id) => id !== null) ? spdx.join(' OR ') : null;
    return [{ name, version, source: 'pypi', spdx: expression, declared, line }];
  }
  return license ? [declaration(name, version, 'pypi', license, lineOf(header, /^License:/i))] : [];
}

/** A pyproject.toml's own license: `[project] license` (a string, or `{text}`), or Poetry's `[tool.poetry] license`. */
export function pyprojectLicense(text: string): Declaration[] {
  const toml = parseToml(text);
  const project = isRecord(toml.project) ? toml.project : {};
  const poetry = isRecord(toml.tool) && isRecord(toml.tool.poetry) ? toml.tool.poetry : {};
  const license = str(project.license) ?? (isRecord(project.license) ? str(project.license.text) : null);
  const declared = license ?? str(poetry.license);
  if (!declared) return [];
  const name = str(project.name) ?? str(poetry.name) ?? '';
  const version = str(project.version) ?? str(poetry.version);
  return [declaration(name, version, 'pypi', declared, lineOf(text, /^\s*license\s*=/))];
}

/** A Cargo.toml's `[package] license`. */
export function cargoLicense(text: string): Declaration[] {
  const toml = parseToml(text);
  if (!isRecord(toml.package)) return [];
  const license = str(toml.package.license);
  if (!license) return [];
  const version = str(toml.package.version);
  return [declaration(str(toml.package.name) ?? '', version, 'cargo', license, lineOf(text, /^\s*license\s*=/))];
}

/** A pom.xml's `<licenses>`: each `<license><name>`. */
export function pomLicenses(text: string): Declaration[] {
  const licenses = /<licenses>([\s\S]*?)<\/licenses>/.exec(text)?.[1];
  if (!licenses) return [];
  const head = text.slice(0, text.indexOf('<licenses>'));
  const tag = (name: string) => new RegExp(`<${name}>\\s*([^<]+?)\\s*</${name}>`).exec(head)?.[1] ?? null;
  const artifact = [tag('groupId'), tag('artifactId')].filter(Boolean).join(':');
  return [...licenses.matchAll(/<license>[\s\S]*?<name>\s*([^<]+?)\s*<\/name>/g)].map((match) =>
    declaration(artifact, tag('version'), 'maven', match[1]!, lineOf(text, new RegExp(escape(match[1]!)))),
  );
}

/** Go's `vendor/modules.txt`: each vendored module and its version (its license is in its folder's files). */
export function goVendoredModules(text: string): { module: string; version: string | null; line: number }[] {
  const modules: { module: string; version: string | null; line: number }[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    const match = /^# (\S+)(?: (v\S+))?(?: => .*)?$/.exec(line);
    if (match) modules.push({ module: match[1]!, version: match[2] ?? null, line: index + 1 });
  });
  return modules;
}
