import type { TestCodeSettings } from '../config/schema.js';
import { compileExcludeGlobs } from '../walk/exclude-globs.js';
import { isTestByConvention } from './test-conventions.js';

/** What a file is for: shipped code, or code that only checks, measures or shows it (tests, benchmarks, examples). */
export type CodeRole = 'main' | 'test';

/** A path and each directory above it, so that a glob naming a directory (`qa`, `qa/**`) covers the files in it. */
function pathAndParents(filename: string): string[] {
  const parts = filename.split('/');
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/** How `.plumb.yml` `tests:` sorts paths. */
export interface CodeRoles {
  roleOf(filename: string): CodeRole;
  /** Whether test items inside a file of main code (Rust's `#[cfg(test)] mod tests`) count as test code. */
  testItemsCount(filename: string): boolean;
}

/**
 * The role of each path under `.plumb.yml` `tests:`: `exclude` wins (never test code, test items included), then
 * `include`, then the conventions of each language unless `conventions: false`.
 */
export function codeRoles(settings: TestCodeSettings): CodeRoles {
  const excluded = compileExcludeGlobs(settings.exclude);
  const included = compileExcludeGlobs(settings.include);
  const isExcluded = (filename: string) => pathAndParents(filename).some(excluded);
  const roleByFile = (filename: string): CodeRole => {
    if (isExcluded(filename)) return 'main';
    if (pathAndParents(filename).some(included)) return 'test';
    return settings.conventions && isTestByConvention(filename) ? 'test' : 'main';
  };
  // Asked once per file, function and finding: the globs and patterns run once per file.
  const known = new Map<string, CodeRole>();
  return {
    roleOf(filename) {
      let role = known.get(filename);
      if (role === undefined) known.set(filename, (role = roleByFile(filename)));
      return role;
    },
    testItemsCount: (filename) => settings.conventions && !isExcluded(filename),
  };
}
