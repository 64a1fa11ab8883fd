import { posix } from 'node:path';

export interface MapCoveragePathsOptions {
  /** Directories the report's absolute paths start with when they are in the repository: the checkout it ran in. */
  roots?: readonly string[];
  /** Directories its relative paths are relative to: Cobertura's `<sources>` (`CoverageReport.sourceRoots`). */
  sourceRoots?: readonly string[];
}

/** A path a report names; a `FileCoverage` is one. */
export interface ReportedPath {
  path: string;
  /** The module a multi-module JaCoCo report files it under: breaks a tie between files of that name. */
  module?: string;
}

export interface UnmatchedCoveragePath {
  reportPath: string;
  module?: string;
  reason: string;
  /** The repository files that matched equally well, when there were several. */
  candidates?: string[];
}

export interface CoveragePathMapping {
  /** Each report path found in the repository, with the repository path it names. */
  matched: { reportPath: string; module?: string; path: string }[];
  unmatched: UnmatchedCoveragePath[];
}

/**
 * Maps the paths a coverage report names to the repository's files (paths relative to its root, `/`-separated):
 * first exactly (the path itself, under a root, or under a source root), then by the longest run of trailing path
 * segments, where one path must end with the whole other: `/ci/build/src/a.ts` names `src/a.ts`, and JaCoCo's
 * `com/acme/A.java` names `src/main/java/com/acme/A.java`. Among files that match equally well, the one inside a folder
 * named as the path's module wins. A path that matches no file, or several equally well, is unmatched, with the reason.
 */
export function mapCoveragePaths(
  reportPaths: Iterable<string | ReportedPath>,
  repositoryFiles: Iterable<string>,
  options: MapCoveragePathsOptions = {},
): CoveragePathMapping {
  const files = new Set<string>();
  const byName = new Map<string, string[]>();
  for (const file of repositoryFiles) {
    const path = normalizePath(file);
    files.add(path);
    const name = posix.basename(path);
    const named = byName.get(name);
    if (named === undefined) byName.set(name, [path]);
    else named.push(path);
  }
  const roots = (options.roots ?? []).map(normalizePath).filter((root) => root !== '');
  const sourceRoots = (options.sourceRoots ?? []).map(normalizePath).filter((root) => root !== '');
  const mapping: CoveragePathMapping = { matched: [], unmatched: [] };
  for (const reported of reportPaths) {
    const { path: reportPath, module } = typeof reported === 'string' ? { path: reported } : reported;
    const source = module === undefined ? { reportPath } : { reportPath, module };
    const path = normalizePath(reportPath);
    const forms = isAbsolute(path) ? [path] : [path, ...sourceRoots.map((root) => posix.join(root, path))];
    const exact = forms.map((form) => withinRepository(form, roots)).find((form) => files.has(form));
    if (exact !== undefined) {
      mapping.matched.push({ ...source, path: exact });
      continue;
    }
    const best = inModule(longestSuffixMatches(forms, byName), module);
    if (best.length === 1) mapping.matched.push({ ...source, path: best[0]! });
    else if (best.length === 0) {
      mapping.unmatched.push({ ...source, reason: 'no repository file has this path or ends with it' });
    } else {
      const reason = `${best.length} repository files match it equally well`;
      mapping.unmatched.push({ ...source, reason, candidates: best.sort() });
    }
  }
  return mapping;
}

/** Of several equally good files, those inside a folder named as the module's innermost name, if that leaves one. */
function inModule(files: string[], module: string | undefined): string[] {
  if (files.length < 2 || module === undefined) return files;
  const name = module.split('/').at(-1)!;
  const inside = files.filter((file) => file.split('/').slice(0, -1).includes(name));
  return inside.length === 1 ? inside : files;
}

/** `/`-separated, `.` and `..` resolved, no `file://`, no trailing `/`. */
function normalizePath(path: string): string {
  let normal = path.trim().replace(/\\/g, '/');
  if (normal.startsWith('file://')) normal = normal.slice('file://'.length);
  normal = posix.normalize(normal);
  if (normal === '.' || normal === '/') return normal === '/' ? '/' : '';
  return normal.replace(/^\.\//, '').replace(/\/$/, '');
}

const isAbsolute = (path: string) => path.startsWith('/') || /^[A-Za-z]:\//.test(path);

/** The path relative to the first root it lies under, or the path itself. */
function withinRepository(path: string, roots: readonly string[]): string {
  for (const root of roots) {
    if (path.startsWith(`${root}/`)) return path.slice(root.length + 1);
  }
  return path;
}

/** The repository files sharing the most trailing segments with one of the forms, one wholly ending the other. */
function longestSuffixMatches(forms: readonly string[], byName: ReadonlyMap<string, string[]>): string[] {
  let best = 0;
  let winners = new Set<string>();
  for (const form of forms) {
    const segments = form.split('/').filter((segment) => segment !== '');
    for (const candidate of byName.get(segments.at(-1) ?? '') ?? []) {
      const own = candidate.split('/');
      let common = 0;
      while (common < Math.min(own.length, segments.length) && own.at(-1 - common) === segments.at(-1 - common)) {
        common++;
      }
      if (common !== own.length && common !== segments.length) continue;
      if (common > best) [best, winners] = [common, new Set([candidate])];
      else if (common === best) winners.add(candidate);
    }
  }
  return [...winners];
}
