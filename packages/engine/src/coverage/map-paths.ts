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
  const repository = indexRepository(repositoryFiles);
  const roots = (options.roots ?? []).map(normalizePath).filter((root) => root !== '');
  const sourceRoots = (options.sourceRoots ?? []).map(normalizePath).filter((root) => root !== '');
  const mapping: CoveragePathMapping = { matched: [], unmatched: [] };
  for (const reported of reportPaths) {
    const { path: reportPath, module } = typeof reported === 'string' ? { path: reported } : reported;
    const source = module === undefined ? { reportPath } : { reportPath, module };
    const path = normalizePath(reportPath);
    const forms = isAbsolute(path) ? [path] : [path, ...sourceRoots.map((root) => posix.join(root, path))];
    const found = locate(forms, roots, module, repository);
    if (typeof found === 'string') mapping.matched.push({ ...source, path: found });
    else mapping.unmatched.push({ ...source, ...found });
  }
  return mapping;
}

interface RepositoryIndex {
  files: Set<string>;
  byName: Map<string, string[]>;
}

function indexRepository(repositoryFiles: Iterable<string>): RepositoryIndex {
  const index: RepositoryIndex = { files: new Set(), byName: new Map() };
  for (const file of repositoryFiles) {
    const path = normalizePath(file);
    index.files.add(path);
    const name = posix.basename(path);
    const named = index.byName.get(name);
    if (named === undefined) index.byName.set(name, [path]);
    else named.push(path);
  }
  return index;
}

/** The repository file one report path names (in any of its forms), or why there is none. */
function locate(
  forms: readonly string[],
  roots: readonly string[],
  module: string | undefined,
  repository: RepositoryIndex,
): string | { reason: string; candidates?: string[] } {
  const exact = forms.map((form) => withinRepository(form, roots)).find((form) => repository.files.has(form));
  if (exact !== undefined) return exact;
  const best = inModule(longestSuffixMatches(forms, repository.byName), module);
  if (best.length === 1) return best[0]!;
  if (best.length === 0) return { reason: 'no repository file has this path or ends with it' };
  return { reason: `${best.length} repository files match it equally well`, candidates: best.sort() };
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
