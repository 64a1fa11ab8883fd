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

/**
 * The role of each path under `.plumb.yml` `tests:`: `exclude` wins (never test code), then `include`, then the
 * conventions of each language unless `conventions: false`.
 */
export function codeRoles(settings: TestCodeSettings): (filename: string) => CodeRole {
  const excluded = compileExcludeGlobs(settings.exclude);
  const included = compileExcludeGlobs(settings.include);
  return (filename) => {
    const paths = pathAndParents(filename);
    if (paths.some(excluded)) return 'main';
    if (paths.some(included)) return 'test';
    return settings.conventions && isTestByConvention(filename) ? 'test' : 'main';
  };
}
